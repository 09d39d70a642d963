import type Database from 'better-sqlite3';
import type { DocumentKind } from '../../../../shared/model/document';
import type { IndexableDocument } from './search-engine';
import { searchableFields, type SearchableFields } from './document-tokens';
import { excerptAround, type OccurrenceNeedles, type TextExcerpt } from './text-excerpt';

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

type RowWithoutText = Omit<DocumentRow, 'text'>;

function toDocument(row: RowWithoutText, tags: string[]): Omit<IndexableDocument, 'text'> {
  return {
    seq: row.seq,
    id: row.id,
    kind: row.kind,
    title: row.title,
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

/** A document as a results page shows it: its text only as the excerpt a snippet needs. */
export interface ExcerptedDocument {
  doc: Omit<IndexableDocument, 'text'>;
  excerpt: TextExcerpt;
}

export interface DocumentReader {
  /** Documents by seq, in the order asked, skipping any that no longer exist. */
  load(seqs: readonly number[]): IndexableDocument[];
  /**
   * As `load`, each text read as bytes and only its window around the first place a term may occur decoded
   * (text-excerpt.ts).
   */
  loadExcerpts(seqs: readonly number[], needles: OccurrenceNeedles): ExcerptedDocument[];
  /**
   * The short searchable fields of documents by seq (the text left out), in no particular order:
   * what scoring by title, practice name and metadata reads.
   */
  fields(seqs: readonly number[]): { seq: number; fields: SearchableFields }[];
  /** The next `limit` documents with seq > `after`, in seq order. */
  batch(after: number, limit: number): IndexableDocument[];
  count(): number;
}

export function documentReader(db: Database.Database): DocumentReader {
  const bySeq = db.prepare<[string], DocumentRow>(
    `SELECT ${COLUMNS} FROM documents WHERE seq IN (SELECT value FROM json_each(?))`,
  );
  const bytesBySeq = db.prepare<[string], Omit<DocumentRow, 'text'> & { text: Buffer | null }>(
    `SELECT ${COLUMNS.replace('text,', 'CAST(text AS BLOB) AS text,')} FROM documents WHERE seq IN (SELECT value FROM json_each(?))`,
  );
  // The text stays out: reading it (or a substring) costs more than every other column together.
  const fieldsBySeq = db.prepare<[string], DocumentRow>(
    `SELECT ${COLUMNS.replace('text,', "'' AS text,")} FROM documents WHERE seq IN (SELECT value FROM json_each(?))`,
  );
  const tagsOf = db.prepare<[string], { seq: number; path: string }>(
    `SELECT dt.document_seq AS seq, t.path AS path FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
     WHERE dt.document_seq IN (SELECT value FROM json_each(?)) ORDER BY t.path`,
  );
  const next = db.prepare<[number, number], DocumentRow>(
    `SELECT ${COLUMNS} FROM documents WHERE seq > ? ORDER BY seq LIMIT ?`,
  );
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents');

  /** Each row as a document, its text made by `text`, keyed by seq. */
  function withTags<Row extends RowWithoutText, Text>(rows: Row[], text: (row: Row) => Text): Map<number, Omit<IndexableDocument, 'text'> & { text: Text }> {
    const seqJson = JSON.stringify(rows.map((row) => row.seq));
    const tags = new Map<number, string[]>();
    for (const { seq, path } of tagsOf.all(seqJson)) {
      const list = tags.get(seq);
      if (list) list.push(path);
      else tags.set(seq, [path]);
    }
    return new Map(rows.map((row) => [row.seq, { ...toDocument(row, tags.get(row.seq) ?? []), text: text(row) }]));
  }
  const asIs = (row: DocumentRow) => row.text;

  return {
    load(seqs) {
      if (seqs.length === 0) return [];
      const found = withTags(bySeq.all(JSON.stringify(seqs)), asIs);
      return seqs.flatMap((seq) => found.get(seq) ?? []);
    },
    loadExcerpts(seqs, needles) {
      if (seqs.length === 0) return [];
      const found = withTags(bytesBySeq.all(JSON.stringify(seqs)), (row) => excerptAround(row.text ?? Buffer.alloc(0), needles));
      return seqs.flatMap((seq) => {
        const doc = found.get(seq);
        if (!doc) return [];
        const { text: excerpt, ...rest } = doc;
        return [{ doc: rest, excerpt }];
      });
    },
    fields(seqs) {
      if (seqs.length === 0) return [];
      return [...withTags(fieldsBySeq.all(JSON.stringify(seqs)), asIs).values()].map((doc) => ({ seq: doc.seq, fields: searchableFields(doc) }));
    },
    batch(after, limit) {
      return [...withTags(next.all(after, limit), asIs).values()];
    },
    count() {
      return countAll.get()?.n ?? 0;
    },
  };
}
