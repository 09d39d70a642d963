import { App, Button } from 'antd';
import { useCallback, type ReactNode } from 'react';

export interface MessageAction {
  label: string;
  onClick: () => void;
}

let messageSeq = 0;

/** A success message with one link button after its text (打开专辑, 撤销 …; none: the text alone); clicking it closes the message. */
export function useActionMessage(): (content: ReactNode, action: MessageAction | null, duration?: number) => void {
  const { message } = App.useApp();
  return useCallback(
    (content, action, duration) => {
      const key = `action-message-${++messageSeq}`;
      void message.open({
        key,
        type: 'success',
        duration,
        content: (
          <span>
            {content}
            {action && (
              <Button
                type="link"
                size="small"
                style={{ paddingInline: 6 }}
                onClick={() => {
                  message.destroy(key);
                  action.onClick();
                }}
              >
                {action.label}
              </Button>
            )}
          </span>
        ),
      });
    },
    [message],
  );
}
