import fs from 'node:fs';
import path from 'node:path';
import type { ParsedDocument } from '../../../electron/engine/import/importer';
import { loadPlaceIndex } from '../../../electron/engine/import/places/places-data';
import { readDocument, type DocumentReading } from '../../../electron/engine/import/reading/document-reading';
import { readableOf } from '../../../electron/engine/import/reading/from-parsed';
import { importerForFile } from '../../../electron/engine/import/registry';
import { FIXTURES_FOLDER, RESOURCES_FOLDER } from '../../helpers/temp-library';

export const IMPORT_FIXTURES = path.join(FIXTURES_FOLDER, 'import');
export const places = loadPlaceIndex(RESOURCES_FOLDER);

/** What import reads from a parsed file: the structure readers over its lines (or its text, read line by line). */
export function readParsed(parsed: ParsedDocument, fileName: string): DocumentReading {
  return readDocument(readableOf(parsed), { fileName, places });
}

export function fixtureBytes(name: string): Buffer {
  return fs.readFileSync(path.join(IMPORT_FIXTURES, name));
}

/** What the import pipeline makes of a file before it is stored: the format module, then the metadata step. */
export async function parseFile(name: string, bytes: Buffer): Promise<{ parsed: ParsedDocument; filled: DocumentReading }> {
  const importer = importerForFile(name);
  if (!importer) throw new Error(`no importer for ${name}`);
  const parsed = await importer.parse({ fileName: name, bytes });
  return { parsed, filled: readParsed(parsed, name) };
}

export function parseFixture(name: string): Promise<{ parsed: ParsedDocument; filled: DocumentReading }> {
  return parseFile(name, fixtureBytes(name));
}

/** A parsed document from a plain text, for metadata rules. */
export function textDocument(text: string, extra: Partial<ParsedDocument> = {}): ParsedDocument {
  return { title: null, text, meta: {}, fieldOrigins: {}, tags: [], encoding: 'utf-8', warnings: [], ...extra };
}
