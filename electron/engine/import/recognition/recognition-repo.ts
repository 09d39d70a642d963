import type Database from 'better-sqlite3';
import type { OcrLine, OcrStatus } from '../../../../shared/model/ocr';
import type { SourceLine } from '../reading/source-lines';

export interface RecognitionJobRow {
  document_seq: number;
  document_id: string;
  pages: string;
  status: OcrStatus;
  error: string | null;
  runner: string | null;
}

export interface RecognisedPageRow {
  page: number;
  width: number;
  height: number;
  lines: OcrLine[];
  paragraphs: SourceLine[];
  confidence: number | null;
}

const JOB_COLUMNS = 'j.document_seq, d.id AS document_id, j.pages, j.status, j.error, j.runner';

/** Queues (or queues again) a document's pages; pages recognised before are forgotten when `redo`. */
export function queueRecognitionJob(db: Database.Database, seq: number, pages: readonly number[], now: string, redo = false): void {
  if (redo) db.prepare('DELETE FROM ocr_pages WHERE document_seq = ?').run(seq);
  db.prepare(
    `INSERT INTO ocr_jobs (document_seq, pages, status, error, runner, queued_at, finished_at) VALUES (?, ?, 'queued', NULL, NULL, ?, NULL)
     ON CONFLICT (document_seq) DO UPDATE SET pages = excluded.pages, status = 'queued', error = NULL, runner = NULL, queued_at = excluded.queued_at, finished_at = NULL`,
  ).run(seq, JSON.stringify(pages), now);
}

export function recognitionJob(db: Database.Database, seq: number): RecognitionJobRow | undefined {
  return db.prepare(`SELECT ${JOB_COLUMNS} FROM ocr_jobs j JOIN documents d ON d.seq = j.document_seq WHERE j.document_seq = ?`).get(seq) as RecognitionJobRow | undefined;
}

/** Jobs waiting or left running, oldest first (a running one may belong to a process that is gone). */
export function openRecognitionJobs(db: Database.Database): RecognitionJobRow[] {
  return db
    .prepare(`SELECT ${JOB_COLUMNS} FROM ocr_jobs j JOIN documents d ON d.seq = j.document_seq WHERE j.status IN ('queued', 'running') ORDER BY j.queued_at, j.document_seq`)
    .all() as RecognitionJobRow[];
}

/** Takes a job for this runner unless another runner took it meanwhile; true when taken. */
export function claimRecognitionJob(db: Database.Database, seq: number, runner: string, previousRunner: string | null): boolean {
  const result = db
    .prepare("UPDATE ocr_jobs SET status = 'running', runner = ? WHERE document_seq = ? AND status IN ('queued', 'running') AND runner IS ?")
    .run(runner, seq, previousRunner);
  return result.changes === 1;
}

export function finishRecognitionJob(db: Database.Database, seq: number, status: Exclude<OcrStatus, 'queued' | 'running'>, error: string | null, now: string): void {
  db.prepare('UPDATE ocr_jobs SET status = ?, error = ?, runner = NULL, finished_at = ? WHERE document_seq = ?').run(status, error, now, seq);
}

export function saveRecognisedPage(db: Database.Database, seq: number, page: RecognisedPageRow): void {
  db.prepare('INSERT OR REPLACE INTO ocr_pages (document_seq, page, width, height, lines, paragraphs, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    seq,
    page.page,
    page.width,
    page.height,
    JSON.stringify(page.lines),
    JSON.stringify(page.paragraphs),
    page.confidence,
  );
}

export function recognisedPages(db: Database.Database, seq: number): RecognisedPageRow[] {
  const rows = db.prepare('SELECT page, width, height, lines, paragraphs, confidence FROM ocr_pages WHERE document_seq = ? ORDER BY page').all(seq) as {
    page: number;
    width: number;
    height: number;
    lines: string;
    paragraphs: string;
    confidence: number | null;
  }[];
  return rows.map((row) => ({ ...row, lines: JSON.parse(row.lines) as OcrLine[], paragraphs: JSON.parse(row.paragraphs) as SourceLine[] }));
}

export function recognisedPageNumbers(db: Database.Database, seq: number): Set<number> {
  return new Set((db.prepare('SELECT page FROM ocr_pages WHERE document_seq = ?').all(seq) as { page: number }[]).map((row) => row.page));
}

/** Gives back the jobs a runner holds (it is stopping): queued again, for the next runner. */
export function releaseRecognitionJobs(db: Database.Database, runner: string): void {
  db.prepare("UPDATE ocr_jobs SET status = 'queued', runner = NULL WHERE status = 'running' AND runner = ?").run(runner);
}
