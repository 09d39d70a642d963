import type Database from 'better-sqlite3';
import { searchIndexTablesSql } from '../../db/migrations/002-search-index';
import { documentReader } from './document-rows';
import { normalizeText } from '../../text/normalize';
import type { IndexableDocument } from './search-engine';
import { indexTokens } from './tokenizer';

/** Bump when tokenisation or folding changes: libraries built by an older rule get rebuilt. */
export const TOKENIZER_VERSION = '1';

/** bm25 weights for the columns title, practice, body, meta: a title hit beats a body hit. */
export const COLUMN_WEIGHTS = [10, 8, 1, 3] as const;

const REBUILD_BATCH = 500;
/** Smaller batches in the background: each blocks the process (and the app's requests) while it runs. */
const BACKGROUND_BATCH = 100;

/** The searchable text of a document, per index column. */
export interface SearchableFields {
  title: string;
  practice: string;
  body: string;
  meta: string;
}

export function searchableFields(doc: IndexableDocument): SearchableFields {
  const meta = [doc.issuer, doc.docNumber, doc.source, doc.organization, doc.project, doc.region, ...doc.tags]
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .join('\n');
  return { title: doc.title, practice: doc.practiceName ?? '', body: doc.text, meta };
}

export type IndexStatus = 'ready' | 'stale' | 'missing' | 'rebuilding';

export interface FtsIndex {
  write(doc: IndexableDocument): void;
  remove(seq: number): void;
  rebuild(onProgress?: (done: number, total: number) => void): number;
  /** The same rebuild in batches of one transaction each, yielding to the event loop between them. */
  rebuildInBackground(onProgress?: (done: number, total: number) => void): Promise<number>;
  /** Checks the index against the documents table (cheap: a version and two counts). */
  check(): IndexStatus;
  status(): IndexStatus;
  /** Marks the index unusable (it failed to read) until the next rebuild. */
  invalidate(): void;
  /**
   * One small step of merging the index's segments (at most TIDY_PAGES pages per table, one
   * transaction). Returns whether any merging was left to do.
   */
  tidyStep(): boolean;
}

/**
 * Pages merged per tidy step: about 10 ms of work, so a request arriving meanwhile barely waits.
 * Imports leave the index in many segments (merging them at write time made single updates slow,
 * see migration 002); a query reads every segment, so a tidied index answers about a third faster.
 */
const TIDY_PAGES = 100;

export function createFtsIndex(db: Database.Database): FtsIndex {
  const reader = documentReader(db);
  let status: IndexStatus | null = null;
  /** Set when reading the index failed; only a rebuild clears it. */
  let damaged = false;
  let statements: ReturnType<typeof prepare> | null = null;

  function prepare() {
    return {
      removeBody: db.prepare<[number]>('DELETE FROM document_fts WHERE rowid = ?'),
      removeFields: db.prepare<[number]>('DELETE FROM document_fields_fts WHERE rowid = ?'),
      removeRow: db.prepare<[number]>('DELETE FROM search_docs WHERE seq = ?'),
      insertBody: db.prepare<[number, string, string, string, string]>(
        'INSERT INTO document_fts (rowid, title, practice, body, meta) VALUES (?, ?, ?, ?, ?)',
      ),
      insertFields: db.prepare<[number, string, string, string]>(
        'INSERT INTO document_fields_fts (rowid, title, practice, meta) VALUES (?, ?, ?, ?)',
      ),
      insertRow: db.prepare(
        `INSERT OR REPLACE INTO search_docs (seq, deleted, kind, date, year, region, issuer, region_label, issuer_label,
         practice_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  function prepared() {
    statements ??= prepare();
    return statements;
  }

  function remove(seq: number): void {
    const s = prepared();
    s.removeBody.run(seq);
    s.removeFields.run(seq);
    s.removeRow.run(seq);
  }

  function insert(doc: IndexableDocument): void {
    const fields = searchableFields(doc);
    const s = prepared();
    const title = indexTokens(normalizeText(fields.title));
    const practice = indexTokens(normalizeText(fields.practice));
    const meta = indexTokens(normalizeText(fields.meta));
    s.insertBody.run(doc.seq, title, practice, indexTokens(normalizeText(fields.body)), meta);
    s.insertFields.run(doc.seq, title, practice, meta);
    const year = doc.year ?? (doc.date ? Number(doc.date.slice(0, 4)) || null : null);
    const label = (value: string | null) => value?.trim() || null;
    const fold = (value: string | null) => (label(value) === null ? null : normalizeText(label(value) ?? ''));
    s.insertRow.run(doc.seq, doc.deleted ? 1 : 0, doc.kind, doc.date, year, fold(doc.region), fold(doc.issuer),
      label(doc.region), label(doc.issuer), label(doc.practiceName));
  }

  function setVersion(value: string | null): void {
    if (value === null) db.prepare("DELETE FROM search_index_state WHERE key = 'tokenizer'").run();
    else db.prepare("INSERT OR REPLACE INTO search_index_state (key, value) VALUES ('tokenizer', ?)").run(value);
  }

  function recreate(): void {
    statements = null;
    db.exec('DROP TABLE IF EXISTS document_fts; DROP TABLE IF EXISTS document_fields_fts; DROP TABLE IF EXISTS search_docs;');
    db.exec(searchIndexTablesSql);
    db.exec('CREATE TABLE IF NOT EXISTS search_index_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    setVersion(null);
  }

  /** One segment per table after a full rebuild: no large merge is left for later writes to wait on. */
  function optimize(): void {
    db.exec(`INSERT INTO document_fts (document_fts) VALUES ('optimize');
             INSERT INTO document_fields_fts (document_fields_fts) VALUES ('optimize');`);
  }

  function check(): IndexStatus {
    if (status === 'rebuilding') return status;
    if (damaged) return (status = 'stale');
    try {
      const version = db
        .prepare<[], { value: string }>("SELECT value FROM search_index_state WHERE key = 'tokenizer'")
        .get()?.value;
      const count = (sql: string) => db.prepare<[], { n: number }>(sql).get()?.n ?? -1;
      const documents = reader.count();
      const consistent =
        version === TOKENIZER_VERSION &&
        count('SELECT count(*) AS n FROM document_fts_docsize') === documents &&
        count('SELECT count(*) AS n FROM document_fields_fts_docsize') === documents &&
        count('SELECT count(*) AS n FROM search_docs') === documents &&
        count('SELECT count(*) AS n FROM search_docs WHERE deleted = 1') ===
          count('SELECT count(*) AS n FROM documents WHERE deleted_at IS NOT NULL');
      status = consistent ? 'ready' : 'stale';
    } catch {
      // Missing or unreadable tables: the index has to be made again.
      status = 'missing';
    }
    return status;
  }

  function* batches(size = REBUILD_BATCH): Generator<IndexableDocument[]> {
    let after = 0;
    for (;;) {
      const docs = reader.batch(after, size);
      if (docs.length === 0) return;
      yield docs;
      after = docs[docs.length - 1]?.seq ?? after;
    }
  }

  return {
    write(doc) {
      remove(doc.seq);
      insert(doc);
    },
    remove,
    rebuild(onProgress) {
      const total = reader.count();
      let done = 0;
      db.transaction(() => {
        recreate();
        onProgress?.(0, total);
        for (const docs of batches()) {
          for (const doc of docs) insert(doc);
          done += docs.length;
          onProgress?.(done, total);
        }
        optimize();
        setVersion(TOKENIZER_VERSION);
      })();
      damaged = false;
      status = 'ready';
      return done;
    },
    async rebuildInBackground(onProgress) {
      status = 'rebuilding';
      try {
        const total = reader.count();
        let done = 0;
        db.transaction(recreate)();
        onProgress?.(0, total);
        for (const docs of batches(BACKGROUND_BATCH)) {
          // Writes made meanwhile may already be in the index: replace, never duplicate.
          db.transaction(() => {
            for (const doc of docs) {
              remove(doc.seq);
              insert(doc);
            }
          })();
          done += docs.length;
          onProgress?.(done, total);
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        // No optimize here: it would block for seconds; the index is as imports leave it.
        db.transaction(() => setVersion(TOKENIZER_VERSION))();
        damaged = false;
        status = null;
        return done;
      } finally {
        if (status === 'rebuilding') status = null;
        check();
      }
    },
    check,
    tidyStep() {
      if (status === 'rebuilding' || damaged) return false;
      const changes = db.prepare<[], number>('SELECT total_changes()').pluck();
      // A negative page count merges the largest level's segments even when there are only a few:
      // repeated, it ends with the index in one segment, as 'optimize' would, in small steps.
      // FTS5 reports "nothing left to merge" as fewer than two changes.
      const merge = (table: string) => {
        const before = changes.get() ?? 0;
        db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ?)`).run(-TIDY_PAGES);
        return (changes.get() ?? 0) - before >= 2;
      };
      return db.transaction(() => [merge('document_fts'), merge('document_fields_fts')].some(Boolean)).immediate();
    },
    invalidate() {
      damaged = true;
      if (status !== 'rebuilding') status = 'stale';
    },
    status() {
      return status ?? check();
    },
  };
}
