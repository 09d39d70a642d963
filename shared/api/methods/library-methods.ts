import { z } from 'zod';
import type { LibraryChanges, LibraryCheckReport, LibraryInfo, SampleStatus } from '../../model/library';
import { type WorkProgress, progressKeySchema } from '../../model/progress';
import { method, empty } from './common';

export const libraryMethods = {
  'library.info': method<LibraryInfo>()(empty),
  /**
   * 资料库检查: database integrity, documents without originals, originals without documents, temp
   * files of interrupted work, search index. With `repair`: removes the stray files and rebuilds the
   * index; a document is never deleted.
   */
  'library.check': method<LibraryCheckReport>()(z.object({ repair: z.boolean().optional() }).strict()),
  /** Polled by open windows so that changes made elsewhere (another window, the command line) show up. */
  'library.changes': method<LibraryChanges>()(empty),
  /** How many documents the bundled sample library has, and how many of them are here already. */
  'library.sampleStatus': method<SampleStatus>()(empty),
  /**
   * Adds the bundled sample library; only ever on the user's request. Never changes what is there:
   * a sample file already in the library (or its 回收站) is skipped, so a second call adds nothing.
   */
  'library.loadSample': method<{ imported: number; alreadyPresent: number }>()(empty),
  /** The user chose to start with an empty library: stop offering the sample. */
  'library.declineSample': method<{ ok: true }>()(empty),
  /** How far the export sent with this progressKey has come; null once it has ended (or for an unknown key). */
  'progress.get': method<WorkProgress | null>()(z.object({ key: progressKeySchema }).strict()),
  /** 撤销: takes back the change whose answer carried this undoId (once, within a day). */
  'undo.apply': method<{ ok: true }>()(z.object({ undoId: z.string().trim().min(1, '缺少撤销编号').max(64) }).strict()),
} as const;
