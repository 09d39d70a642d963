import fs from 'node:fs';
import path from 'node:path';
import type { ParsedDocument } from '../../../electron/engine/import/importer';
import { fillMetadata, type FilledDocument } from '../../../electron/engine/import/metadata/fill-metadata';
import { loadGazetteer } from '../../../electron/engine/import/metadata/gazetteer';
import { importerForFile } from '../../../electron/engine/import/registry';
import { FIXTURES_FOLDER, RESOURCES_FOLDER } from '../../helpers/temp-library';

export const IMPORT_FIXTURES = path.join(FIXTURES_FOLDER, 'import');
export const gazetteer = loadGazetteer(RESOURCES_FOLDER);

export function fixtureBytes(name: string): Buffer {
  return fs.readFileSync(path.join(IMPORT_FIXTURES, name));
}

/** What the import pipeline makes of a file before it is stored: the format module, then the metadata step. */
export async function parseFile(name: string, bytes: Buffer): Promise<{ parsed: ParsedDocument; filled: FilledDocument }> {
  const importer = importerForFile(name);
  if (!importer) throw new Error(`no importer for ${name}`);
  const parsed = await importer.parse({ fileName: name, bytes });
  return { parsed, filled: fillMetadata(parsed, { fileName: name, gazetteer }) };
}

export function parseFixture(name: string): Promise<{ parsed: ParsedDocument; filled: FilledDocument }> {
  return parseFile(name, fixtureBytes(name));
}

/** A parsed document from a plain text, for metadata rules. */
export function textDocument(text: string, extra: Partial<ParsedDocument> = {}): ParsedDocument {
  return { title: null, text, meta: {}, fieldOrigins: {}, tags: [], encoding: 'utf-8', warnings: [], ...extra };
}
