import { App, Button } from 'antd';
import { useCallback } from 'react';
import { errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { useWrite } from '../../app/queries';

let messageSeq = 0;

/** Moves a draft to the 回收站 (no confirmation needed: it can be restored) and offers 撤销. */
export function useTrashDraft(): (id: string, title: string, onTrashed?: () => void) => Promise<boolean> {
  const { message } = App.useApp();
  const navigation = useNavigation();
  const trash = useWrite('drafts.trash').mutateAsync;
  const restore = useWrite('drafts.restore', { quiet: true }).mutateAsync;

  return useCallback(
    async (id: string, title: string, onTrashed?: () => void) => {
      try {
        await trash({ ids: [id] });
      } catch {
        return false; // useWrite already showed the reason
      }
      onTrashed?.();
      const key = `draft-trash-${++messageSeq}`;
      const undo = async () => {
        message.destroy(key);
        try {
          await restore({ ids: [id] });
          navigation.showDrafts(id);
          void message.success(`已恢复草稿“${title}”`);
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
            草稿“{title}”已移入回收站
            <Button type="link" size="small" onClick={() => void undo()} style={{ paddingInline: 6 }}>
              撤销
            </Button>
          </span>
        ),
      });
      return true;
    },
    [message, trash, restore, navigation],
  );
}
