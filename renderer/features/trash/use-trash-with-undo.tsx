import { App, Button } from 'antd';
import { useCallback } from 'react';
import { errorMessage } from '../../app/api-client';
import { useWrite } from '../../app/queries';

let messageSeq = 0;

/** Moves documents to the 回收站 and offers 撤销 in the message, which restores them. */
export function useTrashWithUndo(): (ids: string[]) => Promise<boolean> {
  const { message } = App.useApp();
  const trash = useWrite('documents.trash').mutateAsync;
  const restore = useWrite('documents.restore', { quiet: true }).mutateAsync;

  return useCallback(
    async (ids: string[]) => {
      if (ids.length === 0) return false;
      try {
        await trash({ ids });
      } catch {
        return false; // useWrite already showed the reason
      }
      const key = `trash-${++messageSeq}`;
      const undo = async () => {
        message.destroy(key);
        try {
          await restore({ ids });
          void message.success(ids.length > 1 ? `已恢复 ${ids.length} 份资料` : '已恢复');
        } catch (error) {
          void message.error(errorMessage(error));
        }
      };
      void message.open({
        key,
        type: 'success',
        duration: 8,
        content: (
          <span>
            {ids.length > 1 ? `${ids.length} 份资料已移入回收站` : '已移入回收站'}
            <Button type="link" size="small" onClick={() => void undo()} style={{ paddingInline: 6 }}>
              撤销
            </Button>
          </span>
        ),
      });
      return true;
    },
    [message, trash, restore],
  );
}
