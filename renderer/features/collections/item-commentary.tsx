import { App, Button, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { CollectionItem } from '../../../shared/model/collection';
import type { RichTextDoc } from '../../../shared/model/rich-text';
import { api, errorMessage } from '../../app/api-client';
import { RichTextEditor } from '../editor/rich-text-editor';
import { useCacheCollection } from './collection-queries';

const SAVE_DELAY_MS = 800;

/**
 * 编者按 / 点评 of one item in the shared rich editor (compact). Saves a moment after typing stops and
 * when focus leaves; a newer text saved in another window replaces it only while this one is idle.
 */
export function ItemCommentary({ collectionId, item }: { collectionId: string; item: CollectionItem }) {
  const { message } = App.useApp();
  const cache = useCacheCollection();
  const [open, setOpen] = useState(item.commentary !== null);
  const [value, setValue] = useState<RichTextDoc | null>(item.commentary);
  const [state, setState] = useState<'idle' | 'dirty' | 'saving' | 'saved'>('idle');
  const pending = useRef<RichTextDoc | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [seenAt, setSeenAt] = useState(item.updatedAt);
  const [ownSaveAt, setOwnSaveAt] = useState<string | null>(null);

  // Another window's commentary arrives with a newer updatedAt; take it unless this one has unsaved edits.
  if (item.updatedAt !== seenAt) {
    setSeenAt(item.updatedAt);
    if (item.updatedAt !== ownSaveAt && state !== 'dirty' && state !== 'saving') {
      setValue(item.commentary);
      if (item.commentary !== null) setOpen(true);
    }
  }

  const save = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const doc = pending.current;
    if (doc === null) return;
    pending.current = null;
    setState('saving');
    try {
      const detail = await api['collections.setCommentary']({ collectionId, itemId: item.id, commentary: doc });
      setOwnSaveAt(detail.items.find((entry) => entry.id === item.id)?.updatedAt ?? null);
      cache(detail);
      setState(pending.current === null ? 'saved' : 'dirty');
    } catch (cause) {
      pending.current = pending.current ?? doc;
      setState('dirty');
      void message.error(`点评没有保存：${errorMessage(cause)}`);
    }
  };

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      const doc = pending.current;
      if (doc !== null) void api['collections.setCommentary']({ collectionId, itemId: item.id, commentary: doc }).catch(() => undefined);
    },
    [collectionId, item.id],
  );

  if (!open) {
    return (
      <Button type="link" size="small" className="casebook-commentary-add" onClick={() => setOpen(true)}>
        写编者按 / 点评
      </Button>
    );
  }
  return (
    <div className="casebook-commentary" onKeyDown={(event) => event.stopPropagation()}>
      <div className="casebook-commentary-label">
        <Typography.Text type="secondary">编者按 / 点评</Typography.Text>
        <Typography.Text type="secondary" className="casebook-commentary-state" role="status">
          {state === 'dirty' ? '未保存' : state === 'saving' ? '正在保存…' : state === 'saved' ? '已保存' : ''}
        </Typography.Text>
      </div>
      <RichTextEditor
        variant="compact"
        ariaLabel={`“${item.title}”的编者按/点评`}
        placeholder="写下这一条的编者按或点评，例如做法的亮点、可借鉴之处"
        value={value}
        minHeight={56}
        onChange={(doc) => {
          pending.current = doc;
          setState('dirty');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
        }}
        onBlur={() => void save()}
      />
    </div>
  );
}
