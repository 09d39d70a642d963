import type { Library } from '../core/library';
import type { UndoApplier } from '../core/undo-log';
import { CasebookError } from '../../../shared/api/errors';
import { collectionUndoAppliers } from '../collections/collections-undo';
import { documentUndoAppliers } from '../documents/documents-service';
import { removedBlockUndoAppliers } from '../documents/removed-blocks-service';
import { draftUndoAppliers } from '../drafts/drafts-service';

function appliers(library: Library): Record<string, UndoApplier> {
  return { ...documentUndoAppliers(library), ...removedBlockUndoAppliers(library), ...draftUndoAppliers(library), ...collectionUndoAppliers(library) };
}

/** 撤销: takes back the change that answered with this undoId, in one transaction, once. */
export function applyUndo(library: Library, undoId: string): { ok: true } {
  return library.write(() => {
    const known = appliers(library);
    for (const step of library.undo.take(undoId).reverse()) {
      const apply = known[step.type];
      if (!apply) throw new CasebookError('CONFLICT', '这一步无法撤销（这个版本不认识它）。', `undo step ${step.type}`);
      apply(step.data);
    }
    return { ok: true as const };
  });
}
