import { type Handlers } from '../core/handler';
import { checkLibrary } from './library-check';
import { declineSampleLibrary, libraryInfo, loadSampleLibrary, sampleStatus } from './library-service';
import { applyUndo } from './undo-service';

/** The library itself: its summary, change stamp, sample, progress of long work, and 撤销. */
export const libraryHandlers = {
  'library.info': (library) => libraryInfo(library),
  'library.check': (library, request) => checkLibrary(library, { repair: request.repair ?? false }),
  // The folder too: after a switch to another library (恢复到新资料库) every window refreshes.
  'library.changes': (library) => ({ stamp: `${library.folder}|${library.changeStamp()}` }),
  'library.sampleStatus': (library) => sampleStatus(library),
  'library.loadSample': (library) => loadSampleLibrary(library),
  'library.declineSample': (library) => declineSampleLibrary(library),
  'progress.get': (library, request) => library.progress.get(request.key),
  'undo.apply': (library, request) => applyUndo(library, request.undoId),
} satisfies Partial<Handlers>;
