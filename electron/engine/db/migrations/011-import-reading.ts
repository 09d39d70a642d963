/**
 * What import reads from a document's structure (electron/engine/import/reading/):
 * - documents.addressees / attachments: a notice's 主送机关 and the attachment titles it names.
 * - documents.to_confirm: fields import was unsure of (JSON list), which the reader asks about (待确认).
 * - document_removed_blocks: every line cleaning took out (site chrome, a 公文's 版记, an info line
 *   already read into the fields…) with the rule that removed it and where it stood in the cleaned
 *   text, so 查看清理掉的内容 can show it and 恢复 put it back as the user's correction.
 */
export const migration011ImportReading = `
ALTER TABLE documents ADD COLUMN addressees TEXT;
ALTER TABLE documents ADD COLUMN attachments TEXT;
ALTER TABLE documents ADD COLUMN to_confirm TEXT NOT NULL DEFAULT '[]';
CREATE TABLE document_removed_blocks (
  id           INTEGER PRIMARY KEY,
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  text_offset  INTEGER NOT NULL,
  text         TEXT NOT NULL,
  rule         TEXT NOT NULL,
  restored_at  TEXT,
  restored_by  TEXT
);
CREATE INDEX document_removed_blocks_document ON document_removed_blocks(document_seq, position);
`;
