import fs from 'node:fs';
import path from 'node:path';
import type { ParsedDocument } from '../../../electron/engine/import/importer';
import { loadPlaceIndex } from '../../../electron/engine/import/places/places-data';
import { readDocument, type DocumentReading } from '../../../electron/engine/import/reading/document-reading';
import { readableOf } from '../../../electron/engine/import/reading/from-parsed';
import { linesOfPlainText, type SourceLine } from '../../../electron/engine/import/reading/source-lines';
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

/** Text copied from a web page, read as import reads a .txt of it. */
export function readCopiedText(text: string): DocumentReading {
  return readDocument({ lines: linesOfPlainText(text), web: true, stated: {}, statedOrigins: {} }, { fileName: '页面.txt', places });
}

/** Lines as a Word file gives them (styles, sizes, alignment), read as import reads a .docx. */
export function readWordLines(lines: SourceLine[]): DocumentReading {
  return readDocument({ lines, web: false, stated: {}, statedOrigins: {} }, { fileName: '材料.docx', places });
}

/** The body of a page (after its <head> contents), parsed and read as import reads a saved .html. */
export async function readPageHtml(html: string): Promise<DocumentReading> {
  const parsed = await importerForFile('页面.html')?.parse({ fileName: '页面.html', bytes: Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8">${html}</body></html>`) });
  if (!parsed) throw new Error('no html importer');
  return readParsed(parsed, '页面.html');
}
