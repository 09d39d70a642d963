import type Database from 'better-sqlite3';
import type { DocumentKind } from '../../../../shared/model/document';
import type { IndexableDocument } from './search-engine';
import { searchableFields, type SearchableFields } from './document-tokens';

/** Reads documents the way the search module needs them (the engine's own repositories may differ). */

interface DocumentRow {
  seq: number;
  id: string;
  kind: DocumentKind;
  title: string;
  text: string;
  date: string | null;
  year: number | null;
  region: string | null;
  issuer: string | null;
  doc_number: string | null;
  source: string | null;
  organization: string | null;
  project: string | null;
  practice_name: string | null;
  deleted_at: string | null;
}

const COLUMNS = `seq, id, kind, title, text, date, year, region, issuer, doc_number, source, organization,
  project, practice_name, deleted_at`;

function toDocument(row: DocumentRow, tags: string[]): IndexableDocument {
  return {
    seq: row.seq,
    id: row.id,
    kind: row.kind,
    title: row.title,
    text: row.text,
    date: row.date,
    year: row.year,
    region: row.region,
    issuer: row.issuer,
    docNumber: row.doc_number,
    source: row.source,
    organization: row.organization,
    project: row.project,
    practiceName: row.practice_name,
    tags,
    deleted: row.deleted_at !== null,
  };
}

export interface DocumentReader {
  /**
   * Documents by seq, in the order asked, skipping any that no longer exist. With `textHead`, only
   * that many characters of each text are read (enough for most snippets).
   */
  load(seqs: readonly number[], textHead?: number): IndexableDocument[];
  /**
   * The short searchable fields of documents by seq (the text left out), in no particular order:
   * what scoring by title, practice name and metadata reads.
   */
  fields(seqs: readonly number[]): { seq: number; fields: SearchableFields }[];
  /** The full text of one document ('' when it no longer exists). */
  text(seq: number): string;
  /** The next `limit` documents with seq > `after`, in seq order. */
  batch(after: number, limit: number): IndexableDocument[];
  count(): number;
}

export function documentReader(db: Database.Database): DocumentReader {
  const bySeq = db.prepare<[string], DocumentRow>(
    `SELECT ${COLUMNS} FROM documents WHERE seq IN (SELECT value FROM json_each(?))`,
  );
  const headBySeq = db.prepare<[number, string], DocumentRow>(
    `SELECT ${COLUMNS.replace('text,', 'substr(text, 1, ?) AS text,')} FROM documents
     WHERE seq IN (SELECT value FROM json_each(?))`,
  );
  // The text stays out: reading it (or a substring) costs more than every other column together.
  const fieldsBySeq = db.prepare<[string], DocumentRow>(
    `SELECT ${COLUMNS.replace('text,', "'' AS text,")} FROM documents WHERE seq IN (SELECT value FROM json_each(?))`,
  );
  const fullText = db.prepare<[number], string>('SELECT text FROM documents WHERE seq = ?').pluck();
  const tagsOf = db.prepare<[string], { seq: number; path: string }>(
    `SELECT dt.document_seq AS seq, t.path AS path FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
     WHERE dt.document_seq IN (SELECT value FROM json_each(?)) ORDER BY t.path`,
  );
  const next = db.prepare<[number, number], DocumentRow>(
    `SELECT ${COLUMNS} FROM documents WHERE seq > ? ORDER BY seq LIMIT ?`,
  );
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents');

  function withTags(rows: DocumentRow[]): Map<number, IndexableDocument> {
    const seqJson = JSON.stringify(rows.map((row) => row.seq));
    const tags = new Map<number, string[]>();
    for (const { seq, path } of tagsOf.all(seqJson)) {
      const list = tags.get(seq);
      if (list) list.push(path);
      else tags.set(seq, [path]);
    }
    return new Map(rows.map((row) => [row.seq, toDocument(row, tags.get(row.seq) ?? [])]));
  }

  return {
    load(seqs, textHead) {
      if (seqs.length === 0) return [];
      const json = JSON.stringify(seqs);
      const found = withTags(textHead === undefined ? bySeq.all(json) : headBySeq.all(textHead, json));
      return seqs.flatMap((seq) => found.get(seq) ?? []);
    },
    fields(seqs) {
      if (seqs.length === 0) return [];
      return [...withTags(fieldsBySeq.all(JSON.stringify(seqs))).values()].map((doc) => ({ seq: doc.seq, fields: searchableFields(doc) }));
    },
    text(seq) {
      return fullText.get(seq) ?? '';
    },
    batch(after, limit) {
      return [...withTags(next.all(after, limit)).values()];
    },
    count() {
      return countAll.get()?.n ?? 0;
    },
  };
}
