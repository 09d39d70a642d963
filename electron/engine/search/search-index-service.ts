import { setTimeout as delay } from 'node:timers/promises';
import type { SearchIndexProgress } from '../../../shared/model/search-extras';
import { crashPoint } from '../core/crash-points';
import { IDLE_CHECKPOINT_PAGES, checkpointWal } from '../db/open-database';
import type { Library } from '../core/library';
import { normalizeText } from '../text/normalize';
import type { RebuildBatch, TidyMode } from './engine';
import { indexTokens } from './engine/tokenizer';
import { countAllDocuments, ftsMatchCountAt, probeDocuments, type FtsTable } from './search-repo';

/**
 * Keeps a library's search index usable: when the app asks for the index status and finds it stale,
 * missing or damaged (an older tokenizer, documents written without it, an unreadable FTS table),
 * the index is rebuilt in the background, batch by batch, while queries answer by scanning the
 * documents. The renderer polls `search.status` for the progress bar.
 */

interface Maintenance {
  done: number;
  total: number;
  running: Promise<number> | null;
  error: string | null;
  /** The start-up check (counts and a probe read of the FTS tables) has run. */
  checked: boolean;
  tidying: Promise<void> | null;
  /** A full tidy (towards one segment) was asked for and has not finished: see tidySearchIndex. */
  tidyFull: boolean;
  /** Imports writing now: tidying waits for them (merging between their files slowed them by a fifth). */
  importsWriting: number;
}

const state = new WeakMap<Library, Maintenance>();

function maintenanceOf(library: Library): Maintenance {
  let found = state.get(library);
  if (!found) {
    found = { done: 0, total: 0, running: null, error: null, checked: false, tidying: null, tidyFull: false, importsWriting: 0 };
    state.set(library, found);
  }
  return found;
}

/**
 * A damaged FTS table may fail to read, or read as empty: look up the first title word of the first,
 * a middle and the last document in both tables, and expect each document back.
 */
function probeConsistent(library: Library): boolean {
  const db = library.db;
  try {
    for (const { seq, title } of probeDocuments(db)) {
      const token = indexTokens(normalizeText(title)).split(' ')[0];
      if (!token) continue;
      for (const table of ['document_fts', 'document_fields_fts'] satisfies FtsTable[]) {
        if (ftsMatchCountAt(db, table, `{title} : "${token}"`, seq) !== 1) return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * The engine's hook after each committed batch of a rebuild: crash tests stop a rebuild half-way
 * here (tests/api/cli-reindex.test.ts).
 */
function commitHook(extra?: (batch: RebuildBatch) => void): (batch: RebuildBatch) => void {
  let halfway = false;
  return (batch) => {
    extra?.(batch);
    if (!halfway && batch.done * 2 >= batch.total) {
      halfway = true;
      crashPoint('reindex:midway');
    }
  };
}

/**
 * Runs one rebuild at a time per library in this process: `fresh` starts over, otherwise a rebuild
 * interrupted earlier (by a kill, or still running in another process) is resumed or joined.
 */
function runRebuild(library: Library, m: Maintenance, fresh: boolean, onProgress?: (done: number, total: number) => void): Promise<number> {
  m.error = null;
  m.done = 0;
  m.total = 0;
  const running = library.search
    .rebuildInBackground(
      (done, total) => {
        m.done = done;
        m.total = total;
        onProgress?.(done, total);
      },
      { fresh, onCommit: commitHook() },
    )
    .finally(() => {
      m.running = null;
      void tidySearchIndex(library);
    });
  m.running = running;
  return running;
}

function startRebuild(library: Library, m: Maintenance, fresh: boolean): void {
  if (m.running) return;
  runRebuild(library, m, fresh).catch((error: unknown) => {
    m.error = `重建检索索引时出错：${error instanceof Error ? error.message : String(error)}。可在“检索”中重试，或运行 casebook reindex。`;
    return 0;
  });
}

/** Pause before and between tidy steps: requests and imports run in between. */
const TIDY_PAUSE_MS = 25;

/**
 * Merges the index in the background after imports and at start, one short step at a time, until it
 * is tidy (see FtsIndex.tidyStep), then copies the WAL into the database file. One run per library;
 * it stops when the library closes or a rebuild starts, and never keeps a command-line process alive.
 * 'full' (imports, rebuilds, start) merges towards one segment; 'light' (after every write, see
 * tidyAfterWrites) merges only small segments that piled up, and a full tidy asked for meanwhile is
 * picked up by the run going on.
 */
export function tidySearchIndex(library: Library, mode: TidyMode = 'full'): Promise<void> {
  const m = maintenanceOf(library);
  if (mode === 'full') m.tidyFull = true;
  m.tidying ??= (async () => {
    for (;;) {
      await delay(TIDY_PAUSE_MS, undefined, { ref: false });
      if (!library.db.open || m.running) return;
      try {
        if (m.importsWriting > 0) {
          // No merging between an import's files (it waits for the batch), but the WAL is copied
          // here, between two files, and not by a commit of the import (every 3,000 pages, 12 MB).
          checkpointWal(library.db, IDLE_CHECKPOINT_PAGES);
          return;
        }
        const full = m.tidyFull;
        if (!library.search.tidyStep(full ? 'full' : 'light')) {
          if (full) m.tidyFull = false;
          return;
        }
      } catch {
        // Busy (another process writes) or closing: the next write, import or start tries again.
        return;
      }
    }
  })().finally(() => {
    m.tidying = null;
  });
  return m.tidying;
}

/**
 * After every write the library commits, a light tidy runs once the app is idle: the WAL checkpoint
 * and the merging of small segments happen there instead of inside the next user's write (at 50,000
 * documents a checkpoint inside a one-document update made it take 15-460 ms, one update in ~30).
 */
export function tidyAfterWrites(library: Library): void {
  library.onWritten(() => void tidySearchIndex(library, 'light'));
}

/**
 * While a batch import writes, the index is not tidied between its files (the merges took a fifth of
 * the import's time); the returned release tidies once the batch is done.
 */
export function holdTidyingForImport(library: Library): () => void {
  const m = maintenanceOf(library);
  m.importsWriting += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    m.importsWriting -= 1;
    if (m.importsWriting === 0) void tidySearchIndex(library);
  };
}

/** The index status; starts a background rebuild when the index is not ready. */
export function searchIndexStatus(library: Library): SearchIndexProgress {
  const m = maintenanceOf(library);
  if (!m.running) {
    const firstCheck = !m.checked;
    let status = firstCheck ? library.search.indexStatus() : library.search.currentStatus();
    if (firstCheck && status === 'ready' && !probeConsistent(library)) status = 'stale';
    m.checked = true;
    // A stale index is rebuilt; one whose rebuild was interrupted (or runs in another process) is resumed.
    if (status !== 'ready' && status !== 'rebuilding' && m.error === null) startRebuild(library, m, false);
    // Imports made by the command line since the app last ran may have left the index untidy.
    else if (firstCheck && status === 'ready') void tidySearchIndex(library);
    if (!m.running) {
      return { status, done: m.total, total: m.total, error: m.error };
    }
  }
  return { status: 'rebuilding', done: m.done, total: m.total, error: null };
}

/** Starts a background rebuild on request (unless one runs); progress is read with searchIndexStatus. */
export function startSearchIndexRebuild(library: Library): { documents: number } {
  const m = maintenanceOf(library);
  m.checked = true;
  startRebuild(library, m, true);
  return { documents: countAllDocuments(library.db) };
}

/** Resolves when a background rebuild (if any) has finished; for tests and the command line. */
export async function searchIndexSettled(library: Library): Promise<void> {
  await maintenanceOf(library).running?.catch(() => 0);
}

/**
 * The full rebuild asked for by the user (search.rebuild, casebook reindex), with progress: from
 * scratch, in short transactions, so the app and other processes keep writing meanwhile.
 */
export async function rebuildSearchIndex(library: Library, onProgress?: (done: number, total: number) => void): Promise<{ documents: number }> {
  const m = maintenanceOf(library);
  if (m.running) await m.running.catch(() => 0);
  const started = performance.now();
  const documents = await runRebuild(library, m, true, onProgress);
  m.checked = true;
  await tidyNow(library, performance.now() + Math.max(2000, performance.now() - started));
  return { documents };
}

/**
 * Merges the rebuilt index towards its final shape before an explicit rebuild answers (the command
 * line exits right after, before the background tidying would run): one short step at a time, the
 * lock free between steps, until `deadline` (others writing all the while keep adding segments: the
 * app's background tidying finishes later).
 */
async function tidyNow(library: Library, deadline: number): Promise<void> {
  while (performance.now() < deadline) {
    try {
      if (!library.db.open || !library.search.tidyStep()) return;
    } catch {
      return; // busy (another process writes a lot): the background tidying finishes later
    }
    await delay(TIDY_PAUSE_MS);
  }
}

/**
 * Finishes a rebuild that was interrupted (the process was killed) or is running in another process,
 * before anything else is asked: the command line calls this when it opens a library. Returns the
 * documents indexed, or null when the index had no unfinished rebuild.
 */
export async function finishInterruptedRebuild(library: Library, onProgress?: (done: number, total: number) => void): Promise<{ documents: number } | null> {
  if (!library.search.rebuildPending()) return null;
  const m = maintenanceOf(library);
  if (m.running) await m.running.catch(() => 0);
  else await runRebuild(library, m, false, onProgress);
  m.checked = true;
  return { documents: countAllDocuments(library.db) };
}
