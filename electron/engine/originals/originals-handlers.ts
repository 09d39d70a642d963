import type { Handlers } from '../core/handler';
import { readOriginal, viewOriginal } from './original-view-service';

/** 原件: the reader's view of a document's original file. */
export const originalHandlers = {
  'originals.view': (library, request) => viewOriginal(library, request.id),
  'originals.read': (library, request) => readOriginal(library, request.id, request.offset, request.length),
} satisfies Partial<Handlers>;
