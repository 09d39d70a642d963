import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, type ReactNode } from 'react';
import type { Undoable } from '../../shared/model/undo';
import { api, errorMessage } from './api-client';
import { refreshAfterChange } from './queries';
import { useActionMessage } from './use-action-message';

export interface UndoableChange<T extends Undoable> {
  /** The change: a write whose answer carries the engine's undoId. */
  run: () => Promise<T>;
  /** The message once the change is made; it carries the 撤销 button. */
  done: (result: T) => ReactNode;
  /** The message once 撤销 has taken the change back, if any. */
  undone?: string;
  /** After 撤销 (e.g. open the restored item again). */
  onUndone?: () => void;
}

/**
 * Makes a change that can be taken back (移入回收站, 移出专辑, 编辑信息 …) without asking first, and
 * offers 撤销 in the message for 8 s. 撤销 asks the engine to take the change back (`undo.apply`),
 * which restores exactly what was there, field origins included. A failure of either step shows its
 * reason; resolves whether the change was made.
 */
export function useUndoable(): <T extends Undoable>(change: UndoableChange<T>) => Promise<boolean> {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showMessage = useActionMessage();
  return useCallback(
    async <T extends Undoable>({ run, done, undone, onUndone }: UndoableChange<T>) => {
      let result: T;
      try {
        result = await run();
      } catch (cause) {
        void message.error(errorMessage(cause));
        return false;
      }
      const { undoId } = result;
      if (!undoId) {
        showMessage(done(result), null, 4);
        return true;
      }
      const takeBack = async () => {
        try {
          await api['undo.apply']({ undoId });
          await refreshAfterChange(queryClient);
          onUndone?.();
          if (undone) void message.success(undone);
        } catch (cause) {
          void message.error(errorMessage(cause));
        }
      };
      showMessage(done(result), { label: '撤销', onClick: () => void takeBack() }, 8);
      return true;
    },
    [message, queryClient, showMessage],
  );
}
