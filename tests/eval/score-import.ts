import type { DocumentRecord } from '../../shared/model/document';
import type { ImportResult } from '../../shared/model/import';
import type { FileLabels } from './expected-labels';

/** What one file became: its import line, and the stored document (none for a failed import or a duplicate). */
export interface ImportedFile {
  file: string;
  result: ImportResult;
  record: DocumentRecord | null;
}

export const SCORED_FIELDS = ['title', 'kind', 'date', 'source', 'author', 'issuer', 'docNumber', 'region', 'duplicate', 'text_has', 'text_not', 'body'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface Tally {
  right: number;
  total: number;
}

export interface Miss {
  file: string;
  field: ScoredField;
  expected: unknown;
  got: unknown;
}

export interface Score {
  files: number;
  fields: Record<ScoredField, Tally>;
  misses: Miss[];
}

/** Width forms and whitespace do not count: “（试行）” in the text matches “(试行)” labelled, 2 024 matches 2024. */
export function foldForMatching(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** 〔2025〕, [2025], ［2025］, 【2025】, (2025), （2025） around a 文号's year are one form. */
export function foldYearBrackets(docNumber: string): string {
  return docNumber.replace(/[〔[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]/gu, '〔$1〕');
}

/** Lines of a labelled body that end a sentence: each must be in the cleaned text (the corpus-wide invariant). */
export function bodySentences(body: string): string[] {
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /[。！？!?][”’」』）)]*$/u.test(line));
}

/**
 * The labelled body's sentences the cleaned text lacks. A PDF's text layer may lack a line-end mark its writer hung in the
 * margin (LibreOffice's PDFs; pdf.js and pdftotext agree): a PDF's sentences are compared without their punctuation, so
 * that only lost words count there.
 */
export function missingBodySentences(file: string, labelledBody: string, cleanedText: string): string[] {
  const pdf = file.toLowerCase().endsWith('.pdf');
  const comparable = (value: string): string => (pdf ? value.replace(/\p{P}/gu, '') : value);
  const cleaned = comparable(foldForMatching(cleanedText));
  return bodySentences(labelledBody).filter((sentence) => !cleaned.includes(comparable(foldForMatching(sentence))));
}

function namesOf(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

export function emptyScore(): Score {
  return { files: 0, fields: Object.fromEntries(SCORED_FIELDS.map((field) => [field, { right: 0, total: 0 }])) as Record<ScoredField, Tally>, misses: [] };
}

export function addScores(into: Score, from: Score): Score {
  into.files += from.files;
  for (const field of SCORED_FIELDS) {
    into.fields[field].right += from.fields[field].right;
    into.fields[field].total += from.fields[field].total;
  }
  into.misses.push(...from.misses);
  return into;
}

/**
 * Scores one folder's imports against its labels. `idOf` finds the document an earlier file became
 * (for duplicate_of / near_duplicate_of); `body` the labelled article body of a file.
 */
export function scoreImports(
  imported: ImportedFile[],
  labelsOf: (file: string) => FileLabels,
  idOf: (file: string) => string | null,
  body: (file: string) => string | null,
): Score {
  const score = emptyScore();
  score.files = imported.length;
  const check = (file: string, field: ScoredField, right: boolean, expected: unknown, got: unknown, weight = 1) => {
    score.fields[field].total += weight;
    if (right) score.fields[field].right += weight;
    else score.misses.push({ file, field, expected, got });
  };

  for (const { file, result, record } of imported) {
    const labels = labelsOf(file);
    if (labels.duplicate_of !== undefined) {
      const wanted = idOf(labels.duplicate_of);
      check(file, 'duplicate', result.status === 'duplicate' && result.duplicateOf === wanted, `duplicate of ${labels.duplicate_of}`, `${result.status} ${result.duplicateOf ?? ''}`);
      continue; // an exact duplicate is not stored again: nothing else to read
    }
    if (labels.near_duplicate_of !== undefined) {
      const wanted = idOf(labels.near_duplicate_of);
      check(file, 'duplicate', result.nearDuplicateOf === wanted, `near duplicate of ${labels.near_duplicate_of}`, result.nearDuplicateOf ?? result.status);
    }
    if (!record) {
      for (const field of SCORED_FIELDS) if (field !== 'duplicate') check(file, field, false, 'an imported document', `${result.status}: ${result.error ?? ''}`);
      continue;
    }

    if (labels.title_pending) {
      const pending = ((record as DocumentRecord & { toConfirm?: string[] }).toConfirm ?? []).includes('title');
      check(file, 'title', pending, '(待确认)', `${record.title}${pending ? ' (待确认)' : ''}`);
    } else if (labels.title !== undefined) {
      check(file, 'title', record.title === labels.title, labels.title, record.title);
    }
    check(file, 'kind', record.kind === labels.kind, labels.kind, record.kind);
    const exact = (field: 'date' | 'source' | 'docNumber', wanted: string | null | undefined, got: string | null) => {
      if (wanted === undefined) return;
      const right = wanted === null ? got === null : got !== null && foldForMatching(got) === foldForMatching(wanted);
      check(file, field, right, wanted, got);
    };
    exact('date', labels.date, record.date);
    exact('source', labels.source, record.source);
    // The importer stores a 文号 in GB/T 9704's form (〔2025〕); a label copies the brackets the document used.
    exact('docNumber', labels.docNumber === undefined || labels.docNumber === null ? labels.docNumber : foldYearBrackets(labels.docNumber), record.docNumber === null ? null : foldYearBrackets(record.docNumber));
    const contains = (field: 'author' | 'issuer' | 'region', wanted: string | string[] | null | undefined, got: string | null) => {
      if (wanted === undefined) return;
      const right = wanted === null ? got === null : got !== null && namesOf(wanted).every((name) => foldForMatching(got).includes(foldForMatching(name)));
      check(file, field, right, wanted, got);
    };
    contains('author', labels.author, record.author);
    contains('issuer', labels.issuer, record.issuer);
    contains('region', labels.region, record.region);

    const text = foldForMatching(record.text);
    for (const wanted of labels.text_has) check(file, 'text_has', text.includes(foldForMatching(wanted)), `has “${wanted}”`, 'missing');
    for (const unwanted of labels.text_not) check(file, 'text_not', !text.includes(foldForMatching(unwanted)), `not “${unwanted}”`, 'still there');
    const labelledBody = body(file);
    if (labelledBody !== null) {
      const missing = missingBodySentences(file, labelledBody, record.text);
      check(file, 'body', missing.length === 0, 'every body sentence', missing.length === 0 ? 'all there' : `${missing.length} missing: “${missing[0]?.slice(0, 40)}…”`);
    }
  }
  return score;
}
