import type Database from 'better-sqlite3';
import type { DocumentReader } from './document-rows';
import type { FtsIndex } from './fts-index';

/** The columns of `documents` the index holds (fts-index.ts searchableFields and search_docs). */
const SEARCHABLE_COLUMNS = [
  'kind',
  'title',
  'text',
  'date',
  'year',
  'region',
  'issuer',
  'doc_number',
  'source',
  'organization',
  'project',
  'practice_name',
] as const;

const CHANGED = 'casebook_document_changed';
/** Only deleted_at changed (回收站, restore): the index needs the trash flag, not the text tokenised again. */
const TRASHED = 'casebook_document_trashed';

/**
 * TEMP triggers (this connection only, never stored in the library) that report every document
 * whose searchable data changes: a new or deleted row, a searchable column, a tag put on or taken
 * off (a tag renamed moves its links to the new tag row; a tag deleted cascades to its links).
 */
const TRIGGERS_SQL = `
CREATE TEMP TRIGGER IF NOT EXISTS casebook_index_insert AFTER INSERT ON main.documents
  BEGIN SELECT ${CHANGED}(NEW.seq); END;
CREATE TEMP TRIGGER IF NOT EXISTS casebook_index_update AFTER UPDATE OF ${SEARCHABLE_COLUMNS.join(', ')} ON main.documents
  BEGIN SELECT ${CHANGED}(NEW.seq); END;
CREATE TEMP TRIGGER IF NOT EXISTS casebook_index_trash AFTER UPDATE OF deleted_at ON main.documents
  WHEN OLD.deleted_at IS NOT NEW.deleted_at BEGIN SELECT ${TRASHED}(NEW.seq); END;
CREATE TEMP TRIGGER IF NOT EXISTS casebook_index_delete AFTER DELETE ON main.documents
  BEGIN SELECT ${CHANGED}(OLD.seq); END;
CREATE TEMP TRIGGER IF NOT EXISTS casebook_index_tag_on AFTER INSERT ON main.document_tags
  BEGIN SELECT ${CHANGED}(NEW.document_seq); END;
CREATE TEMP TRIGGER IF NOT EXISTS casebook_index_tag_off AFTER DELETE ON main.document_tags
  BEGIN SELECT ${CHANGED}(OLD.document_seq); END;
`;

/** Documents read per step when many changed at once (a restore, a tag on thousands of documents). */
const FLUSH_BATCH = 500;

export interface IndexUpkeep {
  /**
   * Runs fn (a write, inside its transaction) and then brings every document it changed up to date
   * in the index, in the same transaction. Nested calls refresh once, at the outermost.
   */
  during<T>(fn: () => T): T;
  /** Any document changed so far in this transaction goes into the index now. */
  flush(): void;
}

/**
 * The search index follows every write by construction: nobody calls "reindex" by hand. A change
 * to a document outside `during` fails, since it would leave the index stale without anyone noticing.
 */
export function installIndexUpkeep(db: Database.Database, fts: FtsIndex, reader: DocumentReader, onChange: () => void): IndexUpkeep {
  const pending = new Set<number>();
  const trashed = new Set<number>();
  let depth = 0;
  const report = (into: Set<number>) => (seq: unknown) => {
    if (depth === 0) throw new Error('A document was changed outside Library.write: the search index would not follow it.');
    if (typeof seq === 'number' || typeof seq === 'bigint') into.add(Number(seq));
    return null;
  };
  db.function(CHANGED, { deterministic: false }, report(pending));
  db.function(TRASHED, { deterministic: false }, report(trashed));
  db.exec(TRIGGERS_SQL);

  function flush(): void {
    if (pending.size === 0 && trashed.size === 0) return;
    // Trashing or restoring thousands of documents only flips a flag: no tokenising inside the lock.
    const flagOnly = [...trashed].filter((seq) => !pending.has(seq));
    trashed.clear();
    onChange();
    for (const seq of flagOnly) fts.markTrashed(seq);
    if (pending.size === 0) return;
    const seqs = [...pending];
    pending.clear();
    for (let start = 0; start < seqs.length; start += FLUSH_BATCH) {
      const batch = seqs.slice(start, start + FLUSH_BATCH);
      const present = new Set<number>();
      for (const doc of reader.load(batch)) {
        present.add(doc.seq);
        fts.write(doc);
      }
      for (const seq of batch) if (!present.has(seq)) fts.remove(seq);
    }
  }

  return {
    during(fn) {
      depth += 1;
      try {
        const result = fn();
        if (depth === 1) flush();
        return result;
      } catch (error) {
        // The transaction rolls back: what it changed is not in the library, nor will it be indexed.
        if (depth === 1) {
          pending.clear();
          trashed.clear();
        }
        throw error;
      } finally {
        depth -= 1;
      }
    },
    flush,
  };
}
