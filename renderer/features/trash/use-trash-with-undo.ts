import { useCallback } from 'react';
import { useWrite } from '../../app/queries';
import { useUndoable } from '../../app/use-undoable';

export type TrashKind = 'documents' | 'drafts' | 'collections';

export interface TrashRequest {
  ids: string[];
  /** The message after the move, before its 撤销 button. */
  trashed: string;
  /** The message once 撤销 has restored them. */
  restored: string;
  onTrashed?: () => void;
  onRestored?: () => void;
}

/** Moves documents, drafts or collections to the 回收站 (no confirmation: they can be restored) and offers 撤销. */
export function useTrashWithUndo(kind: TrashKind): (request: TrashRequest) => Promise<boolean> {
  const undoable = useUndoable();
  const trash = useWrite(`${kind}.trash`, { quiet: true }).mutateAsync;

  return useCallback(
    async ({ ids, trashed, restored, onTrashed, onRestored }: TrashRequest) => {
      if (ids.length === 0) return false;
      return undoable({
        run: async () => {
          const result = await trash({ ids });
          onTrashed?.();
          return result;
        },
        done: () => trashed,
        onUndone: onRestored,
        undone: restored,
      });
    },
    [undoable, trash],
  );
}

/** Documents to the 回收站: the library list's selection or the reader's document. */
export function useTrashDocuments(): (ids: string[]) => Promise<boolean> {
  const trash = useTrashWithUndo('documents');
  return useCallback(
    (ids: string[]) =>
      trash({
        ids,
        trashed: ids.length > 1 ? `${ids.length} 份资料已移入回收站` : '已移入回收站',
        restored: ids.length > 1 ? `已恢复 ${ids.length} 份资料` : '已恢复',
      }),
    [trash],
  );
}
