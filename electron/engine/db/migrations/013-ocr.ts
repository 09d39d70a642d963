/**
 * 文字识别 (electron/engine/ocr/): scans and photos are imported at once and recognised in the
 * background, so the queue lives in the database and a restart resumes it.
 * - ocr_jobs: one row per document waiting for, being given or done with recognition: the pages to
 *   recognise (JSON list of 1-based numbers), its status (queued, running, done, cancelled, failed),
 *   why it failed, and which process runs it (`runner`, a pid: a row left running by a process that
 *   is gone is picked up again).
 * - ocr_pages: each recognised page as it is finished (so a resumed job starts at the next page):
 *   the page image's size, its lines with box and confidence in reading order (JSON), and the
 *   paragraphs the layout made of them (JSON SourceLines the import's readers take).
 */
export const migration013Ocr = `
CREATE TABLE ocr_jobs (
  document_seq INTEGER PRIMARY KEY REFERENCES documents(seq) ON DELETE CASCADE,
  pages        TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'cancelled', 'failed')),
  error        TEXT,
  runner       TEXT,
  queued_at    TEXT NOT NULL,
  finished_at  TEXT
);
CREATE INDEX ocr_jobs_status ON ocr_jobs(status, queued_at);
CREATE TABLE ocr_pages (
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  page         INTEGER NOT NULL,
  width        INTEGER NOT NULL,
  height       INTEGER NOT NULL,
  lines        TEXT NOT NULL,
  paragraphs   TEXT NOT NULL,
  confidence   REAL,
  PRIMARY KEY (document_seq, page)
) WITHOUT ROWID;
`;
