import type Database from 'better-sqlite3';
import { preparedOnce } from '../db/statement-cache';

/** What cleaning took out of a document (migration 011), in the order it stood. */
export interface RemovedBlockRow {
  id: number;
  document_seq: number;
  position: number;
  text_offset: number;
  text: string;
  rule: string;
  restored_at: string | null;
  restored_by: string | null;
}

export function insertRemovedBlocks(db: Database.Database, documentSeq: number, blocks: readonly { offset: number; text: string; rule: string }[]): void {
  const insert = preparedOnce(db, 'INSERT INTO document_removed_blocks (document_seq, position, text_offset, text, rule) VALUES (?, ?, ?, ?, ?)');
  blocks.forEach((block, position) => insert.run(documentSeq, position, block.offset, block.text, block.rule));
}

export function removedBlocksOf(db: Database.Database, documentSeq: number): RemovedBlockRow[] {
  return db.prepare<[number], RemovedBlockRow>('SELECT * FROM document_removed_blocks WHERE document_seq = ? ORDER BY position').all(documentSeq);
}

export function deleteRemovedBlocks(db: Database.Database, documentSeq: number): void {
  db.prepare('DELETE FROM document_removed_blocks WHERE document_seq = ?').run(documentSeq);
}

/** A block put back: it and the blocks after it now stand `inserted` characters further on. */
export function markBlockRestored(db: Database.Database, block: RemovedBlockRow, inserted: number, actor: string, now: string): void {
  db.prepare('UPDATE document_removed_blocks SET restored_at = ?, restored_by = ? WHERE id = ?').run(now, actor, block.id);
  db.prepare(
    `UPDATE document_removed_blocks SET text_offset = text_offset + @inserted
     WHERE document_seq = @seq AND id <> @id AND (text_offset > @offset OR (text_offset = @offset AND position > @position))`,
  ).run({ inserted, seq: block.document_seq, id: block.id, offset: block.text_offset, position: block.position });
}

/** 撤销 of a 恢复: the block is removed again and the blocks after it move back `removed` characters. */
export function unmarkBlockRestored(db: Database.Database, block: RemovedBlockRow, removed: number): void {
  db.prepare('UPDATE document_removed_blocks SET restored_at = NULL, restored_by = NULL WHERE id = ?').run(block.id);
  db.prepare(
    `UPDATE document_removed_blocks SET text_offset = text_offset - @removed
     WHERE document_seq = @seq AND id <> @id AND text_offset >= @end`,
  ).run({ removed, seq: block.document_seq, id: block.id, end: block.text_offset + removed });
}
