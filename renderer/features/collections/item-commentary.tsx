import type { Editor } from '@tiptap/react';
import { App, Button, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import type { CollectionItem } from '../../../shared/model/collection';
import type { RichTextDoc } from '../../../shared/model/rich-text';
import { api, errorMessage } from '../../app/api-client';
import { useAutosave } from '../../app/use-autosave';
import { SaveIndicator } from '../drafts/save-indicator';
import { RichTextEditor } from '../editor/rich-text-editor';
import { useCacheCollection } from './collection-queries';

const SAVE_DELAY_MS = 800;

/**
 * 编者按 / 点评 of one item in the shared rich editor (compact), with the drafts' autosave: a moment
 * after typing stops, when focus leaves, when the window is hidden or closes (a copy kept locally is
 * sent on the next open). A newer text saved in another window replaces it only while this one is idle.
 */
export function ItemCommentary({ collectionId, item }: { collectionId: string; item: CollectionItem }) {
  const { message } = App.useApp();
  const cache = useCacheCollection();
  const typed = useRef<RichTextDoc | null>(null);
  const [ownSaveAt, setOwnSaveAt] = useState<string | null>(null);
  const autosave = useAutosave<RichTextDoc | null>({
    localKey: `casebook.unsavedCommentary.${collectionId}.${item.id}`,
    stored: item.commentary,
    debounceMs: SAVE_DELAY_MS,
    read: () => typed.current,
    send: async (commentary) => {
      const detail = await api['collections.setCommentary']({ collectionId, itemId: item.id, commentary });
      setOwnSaveAt(detail.items.find((entry) => entry.id === item.id)?.updatedAt ?? null);
      cache(detail);
    },
    onError: (cause) => void message.error(`点评没有保存，稍后自动重试：${errorMessage(cause)}`),
  });
  const [open, setOpen] = useState(item.commentary !== null || autosave.recovered !== null);
  const [value, setValue] = useState<RichTextDoc | null>(autosave.recovered ?? item.commentary);
  const [seenAt, setSeenAt] = useState(item.updatedAt);
  // 写编者按 puts the cursor in this editor at once: the button the click focused is gone, and typing
  // must not go anywhere else (it used to land in the collection's 说明).
  const focusWhenReady = useRef(false);
  const onEditorReady = useCallback((editor: Editor | null) => {
    if (!editor || !focusWhenReady.current) return;
    focusWhenReady.current = false;
    editor.commands.focus('end', { scrollIntoView: true });
  }, []);

  // Another window's commentary arrives with a newer updatedAt; take it unless this one has unsaved edits.
  if (item.updatedAt !== seenAt) {
    setSeenAt(item.updatedAt);
    if (item.updatedAt !== ownSaveAt && autosave.status === 'saved') {
      setValue(item.commentary);
      if (item.commentary !== null) setOpen(true);
    }
  }

  if (!open) {
    return (
      <Button
        type="link"
        size="small"
        className="casebook-commentary-add"
        onClick={() => {
          focusWhenReady.current = true;
          setOpen(true);
        }}
      >
        写编者按 / 点评
      </Button>
    );
  }
  return (
    <div className="casebook-commentary" onKeyDown={(event) => event.stopPropagation()}>
      <div className="casebook-commentary-label">
        <Typography.Text type="secondary">编者按 / 点评</Typography.Text>
        {(autosave.status !== 'saved' || autosave.savedAt !== null) && <SaveIndicator status={autosave.status} savedAt={autosave.savedAt} />}
      </div>
      <RichTextEditor
        variant="compact"
        ariaLabel={`“${item.title}”的编者按/点评`}
        placeholder="写下这一条的编者按或点评，例如做法的亮点、可借鉴之处"
        value={value}
        minHeight={56}
        onChange={(doc) => {
          typed.current = doc;
          autosave.markDirty();
        }}
        onBlur={() => void autosave.flush()}
        onReady={onEditorReady}
      />
    </div>
  );
}
