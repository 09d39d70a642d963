import { undoable, type Handlers } from '../core/handler';
import { addUploads, cancelImport, importAll, importJobState, importUploads, startImport } from './import-job';
import { removedBlocks, restoreRemovedBlock } from '../documents/removed-blocks-service';
import { ruleLabel } from './reading/chrome-rules';
import { rereadWithEncoding } from './reread-service';

/** 导入 as an engine job, and reading a text original again in another encoding: the import part of the handler table. */
export const importHandlers = {
  'import.start': (library, request) => startImport(library, request),
  'import.addFiles': (library, request) => addUploads(library, request.jobId, request.files),
  'import.results': (library, request) => importJobState(library, request.jobId, request.after),
  'import.cancel': (library, request) => cancelImport(library, request.jobId),
  'import.files': (library, request) => importAll(library, request.paths, request),
  'import.upload': (library, request) => importUploads(library, request.files, request),
  'documents.reread': (library, request) => rereadWithEncoding(library, request.id, request.encoding),
  'documents.removed': (library, request) => removedBlocks(library, request.id, ruleLabel),
  'documents.restoreRemoved': undoable((library, request) => restoreRemovedBlock(library, request.id, request.blockId)),
} satisfies Partial<Handlers>;
