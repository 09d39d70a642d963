import type { z } from 'zod';
import type { ApiEnvelope } from './errors';
import { libraryMethods } from './methods/library-methods';
import { documentMethods } from './methods/documents-methods';
import { importMethods } from './methods/import-methods';
import { tagMethods } from './methods/tags-methods';
import { duplicateMethods } from './methods/duplicates-methods';
import { searchMethods } from './methods/search-methods';
import { selectionMethods } from './methods/selection-methods';
import { draftMethods } from './methods/drafts-methods';
import { exchangeMethods } from './methods/exchange-methods';
import { exportMethods } from './methods/export-methods';
import { collectionMethods } from './methods/collections-methods';
import { sheetMethods } from './methods/sheet-methods';
import { originalMethods } from './methods/originals-methods';
import { ocrMethods } from './methods/ocr-methods';
import { reviewWorkspaceMethods } from './methods/review-workspace-methods';

export { documentSortSchema } from './methods/common';

/**
 * The one API contract. Every door (Electron IPC, the HTTP bridge, the command line) validates a
 * request with the schema named here before the engine sees it; the engine's handler table is
 * checked against the same map, so the client, the IPC table and the bridge cannot drift. Each
 * domain keeps its slice in methods/ (the engine's handlers for it live in its domain folder).
 */
export const methods = {
  ...libraryMethods,
  ...documentMethods,
  ...importMethods,
  ...tagMethods,
  ...duplicateMethods,
  ...searchMethods,
  ...selectionMethods,
  ...draftMethods,
  ...exchangeMethods,
  ...exportMethods,
  ...collectionMethods,
  ...sheetMethods,
  ...originalMethods,
  ...ocrMethods,
  ...reviewWorkspaceMethods,
} as const;


export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const METHOD_NAMES = Object.keys(methods) as MethodName[];

/** What a caller may send (defaults not yet applied). */
export type RequestOf<M extends MethodName> = z.input<Methods[M]['request']>;
/** What a handler receives after validation (defaults applied). */
export type ParsedRequestOf<M extends MethodName> = z.output<Methods[M]['request']>;
export type ResponseOf<M extends MethodName> = Methods[M]['response'];

/** The contract as the renderer sees it: one async function per method. */
export type CasebookApi = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<ResponseOf<M>>;
};

export function isMethodName(value: string): value is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, value);
}

/**
 * What a transport carries: the same methods, answering with an envelope instead of throwing, because
 * typed errors do not survive Electron's contextBridge or HTTP. The preload object satisfies this;
 * the renderer's client unwraps it into CasebookApi.
 */
export type CasebookBridge = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<ApiEnvelope<ResponseOf<M>>>;
};
