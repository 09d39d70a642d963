import path from 'node:path';
import { emptyMeta, type DocumentKind, type DocumentMeta, type DocumentMetaField, type FieldOrigin } from '../../../../shared/model/document';
import type { ParsedDocument } from '../importer';
import { normalizeWhitespace } from '../normalize-text';
import { extractAuthor, extractSource } from './extract-byline';
import { extractDate } from './extract-date';
import { extractDocNumber, normalizeDocNumber } from './extract-doc-number';
import { extractIssuer, signatureOrganizations } from './extract-issuer';
import { extractRegion } from './extract-region';
import { extractPracticeName, extractTerms } from './extract-terms';
import { titleFromText, withoutTitleLines } from './extract-title';
import { extractYear } from './extract-year';
import type { Gazetteer } from './gazetteer';
import { guessKind } from './guess-kind';

export interface FillContext {
  fileName: string;
  gazetteer: Gazetteer;
  /** A kind the user chose for the whole import. */
  kind?: DocumentKind | undefined;
}

export interface FilledDocument {
  meta: DocumentMeta;
  text: string;
  fieldOrigins: Partial<Record<DocumentMetaField, FieldOrigin>>;
  suggestedTerms: string[];
}

type Origins = Partial<Record<DocumentMetaField, FieldOrigin>>;

/**
 * Completes a parsed document's metadata from its text. Values the file states (front matter, page
 * meta tags) and anything the user set are kept; only fields that are still unknown are filled, each
 * marked with where it came from. Unknown stays null.
 */
export function fillMetadata(parsed: ParsedDocument, context: FillContext): FilledDocument {
  const origins: Origins = { ...parsed.fieldOrigins };
  const given = parsed.meta;
  // A field with an origin was decided by the file or the user, even when it says null.
  const open = (field: DocumentMetaField): boolean => origins[field] === undefined && (given[field] === undefined || given[field] === null);

  let title: string;
  let text = parsed.text;
  if (!open('title') && given.title) {
    title = given.title;
  } else if (parsed.title) {
    title = parsed.title;
    origins.title = 'file';
  } else {
    const fromText = titleFromText(text);
    title = fromText ?? path.parse(context.fileName).name;
    origins.title = fromText ? 'text' : 'file';
  }
  text = normalizeWhitespace(withoutTitleLines(text, title));

  const meta: DocumentMeta = { ...emptyMeta(title, 'practice'), ...stripUndefined(given), title };
  const fill = <K extends DocumentMetaField>(field: K, value: () => DocumentMeta[K] | null): void => {
    if (!open(field)) return;
    const found = value();
    if (found === null || found === undefined) return;
    meta[field] = found;
    origins[field] = 'text';
  };
  const header = parsed.headerText ?? '';

  if (meta.docNumber && origins.docNumber !== 'user') meta.docNumber = normalizeDocNumber(meta.docNumber);
  fill('date', () => extractDate(text, header));
  fill('source', () => extractSource(text, header));
  fill('author', () => extractAuthor(text, header));
  fill('docNumber', () => extractDocNumber(text, header));
  const issuer = meta.issuer ?? extractIssuer(title, text, header);

  if (context.kind) {
    meta.kind = context.kind;
    origins.kind = 'user';
  } else if (open('kind')) {
    meta.kind = guessKind({ title, text: `${header}\n${text}`, issuer, docNumber: meta.docNumber });
    origins.kind = 'text';
  }
  if (meta.kind === 'policy') {
    fill('issuer', () => issuer);
  } else {
    // A case or practice signed at the end names the submitting unit, not an issuing body.
    fill('organization', () => signatureOrganizations(text).join('、') || null);
  }
  fill('region', () =>
    extractRegion(
      { title, issuer: meta.issuer ?? meta.organization, head: `${text.slice(0, 800)}\n${meta.source ?? ''}`, scopeFromIssuer: meta.kind === 'policy' },
      context.gazetteer,
    ),
  );
  fill('year', () => extractYear(title, meta.date, text));
  if (meta.kind === 'practice') fill('practiceName', () => extractPracticeName(title, text));

  const suggestedTerms = [...new Set([...(parsed.suggestedTerms ?? []), ...extractTerms(title, text)])];
  return { meta, text, fieldOrigins: origins, suggestedTerms };
}

function stripUndefined(meta: Partial<DocumentMeta>): Partial<DocumentMeta> {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as Partial<DocumentMeta>;
}
