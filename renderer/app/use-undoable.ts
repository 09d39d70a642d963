import { App } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { errorMessage } from './api-client';
import { useActionMessage } from './use-action-message';

export interface UndoableChange<T> {
  run: () => Promise<T>;
  /** The message once the change is made; it carries the 撤销 button. */
  done: (result: T) => ReactNode;
  undo: (result: T) => Promise<unknown>;
  /** The message once 撤销 has taken the change back, if any. */
  undone?: string;
}

/**
 * Makes a change that can be taken back (移入回收站, 移出专辑 …) without asking first, and offers
 * 撤销 in the message for 8 s. A failure of either step shows its reason; resolves whether the change was made.
 */
export function useUndoable(): <T>(change: UndoableChange<T>) => Promise<boolean> {
  const { message } = App.useApp();
  const showMessage = useActionMessage();
  return useCallback(
    async <T>({ run, done, undo, undone }: UndoableChange<T>) => {
      let result: T;
      try {
        result = await run();
      } catch (cause) {
        void message.error(errorMessage(cause));
        return false;
      }
      const takeBack = async () => {
        try {
          await undo(result);
          if (undone) void message.success(undone);
        } catch (cause) {
          void message.error(errorMessage(cause));
        }
      };
      showMessage(done(result), { label: '撤销', onClick: () => void takeBack() }, 8);
      return true;
    },
    [message, showMessage],
  );
}
