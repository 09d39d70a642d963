import type Database from 'better-sqlite3';
import { searchIndexTablesSql } from '../../db/migrations/002-search-index';
import { searchMergesAtIdleSql } from '../../db/migrations/014-search-merges-at-idle';
import { runBatchedRebuild, type BatchedRebuildOptions, type PreparedDoc, type RebuildTarget } from './batched-rebuild';
import { documentReader } from './document-rows';
import { DOCUMENT_KINDS } from '../../../../shared/model/document';
import { normalizeText } from '../../text/normalize';
import { documentTokens, sameFields, searchableFields, type DocumentTokens, type TokenizedFields } from './document-tokens';
import type { IndexableDocument, TidyMode } from './search-engine';

export { searchableFields, type SearchableFields } from './document-tokens';

/** Bump when tokenisation or folding changes: libraries built by an older rule get rebuilt. */
export const TOKENIZER_VERSION = '2';
/** Versions an empty index is upgraded from without a rebuild (nothing was tokenised by them). */
const OLDER_VERSIONS = new Set(['1']);

/** bm25 weights for the columns title, practice, body, meta: a title hit beats a body hit. */
export const COLUMN_WEIGHTS = [10, 8, 1, 3] as const;

const REBUILD_BATCH = 500;

/**
 * Every kind, so that counting the trashed documents seeks the (kind, deleted) indexes instead of
 * reading all their entries: that count runs when a library opens.
 */
const EVERY_KIND = `(${DOCUMENT_KINDS.map((kind) => `'${kind}'`).join(', ')})`;

/** search_index_state keys: the tokenizer of a complete index, and the cursor of an unfinished rebuild (batched-rebuild.ts). */
const VERSION_KEY = 'tokenizer';
const CURSOR_KEY = 'rebuild_cursor';
const CURSOR_TOKENIZER_KEY = 'rebuild_tokenizer';

export type IndexStatus = 'ready' | 'stale' | 'missing' | 'rebuilding';

export interface FtsIndex {
  write(doc: IndexableDocument): void;
  /**
   * Tokens of documents the next writes will store, made outside the write lock (a parse worker):
   * used by the write that indexes the same fields, in place of tokenising there. Replaces what was
   * offered before and not used.
   */
  offerTokens(tokenized: readonly TokenizedFields[]): void;
  remove(seq: number): void;
  /** Copies a document's trash state (documents.deleted_at) into the index; nothing else changed. */
  markTrashed(seq: number): void;
  /**
   * Drops and rebuilds the index in ONE transaction: for a library no other connection uses (a restore's
   * new library, tests, the bench's reference). Everything else uses rebuildInBackground.
   */
  rebuild(onProgress?: (done: number, total: number) => void): number;
  /**
   * The rebuild in short transactions, resumable and safe beside other writers (batched-rebuild.ts).
   * Resumes an interrupted rebuild unless options.fresh.
   */
  rebuildInBackground(options: BatchedRebuildOptions): Promise<number>;
  /** Checks the index against the documents table (cheap: a version and two counts). */
  check(): IndexStatus;
  /** Whether a rebuild was started (here or by another process) and has not finished. */
  rebuildPending(): boolean;
  status(): IndexStatus;
  /** Marks the index unusable (it failed to read) until the next rebuild. */
  invalidate(): void;
  /**
   * One small step of merging the index's segments (at most TIDY_PAGES pages per table, one
   * transaction). Returns whether any merging was left to do. 'full' merges towards one segment
   * (after imports and rebuilds); 'light' only merges levels where small segments piled up (after
   * single writes), never rewriting the large segment for a few new documents.
   */
  tidyStep(mode?: TidyMode): boolean;
}

/**
 * Pages merged per tidy step: about 10 ms of work, so a request arriving meanwhile barely waits.
 * Imports and edits leave the index in many segments (merging them at write time made single updates slow,
 * see migrations 002 and 014); a query reads every segment, so a tidied index answers about a third faster.
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
      markTrashed: db.prepare<[number]>(
        'UPDATE search_docs SET deleted = (SELECT deleted_at IS NOT NULL FROM documents d WHERE d.seq = search_docs.seq) WHERE seq = ?',
      ),
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

  /**
   * Tokens made before their document's write, outside the lock (offerTokens), keyed by the body they
   * were made from. Each is used once, by the write that indexes that very body; the fields are
   * compared first, so tokens of another version of the document are never indexed.
   */
  let offered = new Map<string, TokenizedFields>();

  /** The costly part of indexing a document (tokenising), which needs no transaction. */
  function prepareDoc(doc: IndexableDocument): PreparedDoc {
    const fields = searchableFields(doc);
    const early = offered.get(fields.body);
    if (early) offered.delete(fields.body);
    if (early && sameFields(early.fields, fields)) return { doc, tokens: early.tokens };
    // Tags or metadata set inside the write (tag rules, a merge): the body's tokens still hold.
    return { doc, tokens: documentTokens(fields, early?.tokens.body) };
  }

  function insertPrepared({ doc, tokens }: PreparedDoc): void {
    const { title, practice, body, meta, senses } = tokens as DocumentTokens;
    const s = prepared();
    s.insertBody.run(doc.seq, title, practice, body, senses === '' ? meta : `${meta} ${senses}`);
    s.insertFields.run(doc.seq, title, practice, meta);
    const year = doc.year ?? (doc.date ? Number(doc.date.slice(0, 4)) || null : null);
    const label = (value: string | null) => value?.trim() || null;
    const fold = (value: string | null) => (label(value) === null ? null : normalizeText(label(value) ?? ''));
    s.insertRow.run(doc.seq, doc.deleted ? 1 : 0, doc.kind, doc.date, year, fold(doc.region), fold(doc.issuer),
      label(doc.region), label(doc.issuer), label(doc.practiceName));
  }

  function insert(doc: IndexableDocument): void {
    insertPrepared(prepareDoc(doc));
  }

  function setState(key: string, value: string | null): void {
    if (value === null) db.prepare('DELETE FROM search_index_state WHERE key = ?').run(key);
    else db.prepare('INSERT OR REPLACE INTO search_index_state (key, value) VALUES (?, ?)').run(key, value);
  }

  function readState(key: string): string | undefined {
    return db.prepare<[string], string>('SELECT value FROM search_index_state WHERE key = ?').pluck().get(key);
  }

  function setVersion(value: string | null): void {
    setState(VERSION_KEY, value);
  }

  /** The persisted rebuild cursor; a cursor left by another tokenizer version cannot be resumed (null). */
  function cursor(): number | null {
    try {
      const value = readState(CURSOR_KEY);
      if (value === undefined || readState(CURSOR_TOKENIZER_KEY) !== TOKENIZER_VERSION) return null;
      return Number(value);
    } catch {
      return null;
    }
  }

  function pendingMarker(): boolean {
    try {
      return readState(CURSOR_KEY) !== undefined;
    } catch {
      return false;
    }
  }

  function clearCursor(): void {
    setState(CURSOR_KEY, null);
    setState(CURSOR_TOKENIZER_KEY, null);
  }

  const target: RebuildTarget = {
    prepare: prepareDoc,
    writePrepared(p) {
      remove(p.doc.seq);
      insertPrepared(p);
    },
    remove,
    startOver() {
      recreate();
      setState(CURSOR_TOKENIZER_KEY, TOKENIZER_VERSION);
      setState(CURSOR_KEY, '0');
    },
    cursor,
    setCursor(seq) {
      setState(CURSOR_KEY, String(seq));
    },
    finish() {
      clearCursor();
      setVersion(TOKENIZER_VERSION);
    },
  };

  // A library made by migration 002 starts with version 1 and no documents: nothing to rebuild.
  try {
    const version = db.prepare<[], string>("SELECT value FROM search_index_state WHERE key = 'tokenizer'").pluck().get();
    if (version !== undefined && OLDER_VERSIONS.has(version) && reader.count() === 0 &&
      db.prepare<[], number>('SELECT count(*) FROM document_fts_docsize').pluck().get() === 0) {
      setVersion(TOKENIZER_VERSION);
    }
  } catch {
    // Missing tables, read-only or busy: check() tells, and a rebuild sets the version.
  }

  /** data_version when the status was last checked: another connection's commit changes it. */
  let checkedAt = -1;
  const dataVersion = () => db.pragma('data_version', { simple: true }) as number;

  function recreate(): void {
    statements = null;
    db.exec('DROP TABLE IF EXISTS document_fts; DROP TABLE IF EXISTS document_fields_fts; DROP TABLE IF EXISTS search_docs;');
    db.exec(searchIndexTablesSql);
    db.exec(searchMergesAtIdleSql);
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
      checkedAt = dataVersion();
      // A rebuild started here or elsewhere has not finished (or was killed): incomplete.
      if (pendingMarker()) return (status = 'stale');
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
        count(`SELECT count(*) AS n FROM search_docs WHERE kind IN ${EVERY_KIND} AND deleted = 1`) ===
          count(`SELECT count(*) AS n FROM documents WHERE kind IN ${EVERY_KIND} AND deleted_at IS NOT NULL`);
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
    offerTokens(tokenized) {
      offered = new Map(tokenized.map((entry) => [entry.fields.body, entry]));
    },
    remove,
    markTrashed(seq) {
      prepared().markTrashed.run(seq);
    },
    rebuild(onProgress) {
      const total = reader.count();
      let done = 0;
      db.transaction(() => {
        recreate();
        clearCursor();
        onProgress?.(0, total);
        for (const docs of batches()) {
          for (const doc of docs) insert(doc);
          done += docs.length;
          onProgress?.(done, total);
        }
        optimize();
        setVersion(TOKENIZER_VERSION);
      }).immediate();
      damaged = false;
      status = 'ready';
      return done;
    },
    async rebuildInBackground(options) {
      status = 'rebuilding';
      try {
        const done = await runBatchedRebuild(db, reader, target, options);
        // No optimize here: it would hold the lock for seconds; tidySearchIndex merges in small steps.
        damaged = false;
        status = null;
        return done;
      } finally {
        if (status === 'rebuilding') status = null;
        check();
      }
    },
    rebuildPending: pendingMarker,
    check,
    tidyStep(mode = 'full') {
      // A rebuild running in another process (its cursor stands) recreates these tables: no merging
      // beside it; the process that finishes it tidies.
      if (status === 'rebuilding' || damaged || pendingMarker()) return false;
      const changes = db.prepare<[], number>('SELECT total_changes()').pluck();
      // A negative page count merges the largest level's segments even when there are only a few:
      // repeated, it ends with the index in one segment, as 'optimize' would, in small steps. That
      // rewrites the whole index (seconds at 50,000 documents), so after single writes a positive
      // count is used: it merges only a level holding 'usermerge' (4) segments or more, or finishes
      // a merge already started. A dozen small segments beside the large one cost queries nothing
      // measurable (hundreds double their time).
      // FTS5 reports "nothing left to merge" as fewer than two changes.
      const pages = mode === 'full' ? -TIDY_PAGES : TIDY_PAGES;
      const merge = (table: string) => {
        const before = changes.get() ?? 0;
        db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ?)`).run(pages);
        return (changes.get() ?? 0) - before >= 2;
      };
      // Background work never waits for another process's write (up to the busy timeout, the engine's
      // thread blocked): busy, it fails at once, and the next write's tidying tries again.
      const waited = db.pragma('busy_timeout', { simple: true }) as number;
      db.pragma('busy_timeout = 0');
      try {
        return db.transaction(() => [merge('document_fts'), merge('document_fields_fts')].some(Boolean)).immediate();
      } finally {
        db.pragma(`busy_timeout = ${waited}`);
      }
    },
    invalidate() {
      damaged = true;
      if (status !== 'rebuilding') status = 'stale';
    },
    status() {
      // Another process may have started, finished or given up a rebuild since the last check.
      if (status !== 'rebuilding' && !damaged && status !== null && dataVersion() !== checkedAt) status = null;
      return status ?? check();
    },
  };
}
