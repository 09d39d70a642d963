import { FolderAddOutlined } from '@ant-design/icons';
import { useEffect, useState, type RefObject } from 'react';
import { Button } from 'antd';
import { watchFinishedSelection } from '../../components/finished-selection';
import { selectionOffsets } from '../drafts/passage';
import { AddToCollectionDialog } from './add-to-collection';

interface Selected {
  start: number;
  end: number;
  quote: string;
}

/**
 * 摘录到专辑 in the reader: a button under any selection in the document text; the passage goes into
 * a collection with its source and offsets.
 */
export function ExcerptToCollectionButton({ wrapper, documentId }: { wrapper: RefObject<HTMLElement | null>; documentId: string }) {
  const [anchor, setAnchor] = useState<{ x: number; y: number; selected: Selected } | null>(null);
  const [dialog, setDialog] = useState<Selected | null>(null);

  useEffect(() => {
    const update = () => {
      const container = wrapper.current?.querySelector<HTMLElement>('.casebook-document-text') ?? null;
      const offsets = container ? selectionOffsets(container) : null;
      const selection = window.getSelection();
      if (!offsets || !selection || selection.rangeCount === 0 || !selection.toString().trim()) {
        setAnchor(null);
        return;
      }
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setAnchor({ x: rect.left + rect.width / 2, y: Math.min(rect.bottom + 6, window.innerHeight - 40), selected: { ...offsets, quote: selection.toString().trim() } });
    };
    // Only once the selection is finished (mouseup, Shift released), never under a growing drag.
    const watch = watchFinishedSelection({ toolbar: '.casebook-quote-button, .casebook-excerpt-button', onStarted: () => setAnchor(null), onFinished: update });
    const place = () => {
      if (!watch.selecting()) update();
    };
    window.addEventListener('scroll', place, true);
    return () => {
      watch.stop();
      window.removeEventListener('scroll', place, true);
    };
  }, [wrapper]);

  return (
    <>
      {anchor && !dialog && (
        <Button
          size="small"
          icon={<FolderAddOutlined />}
          className="casebook-excerpt-button"
          style={{ left: anchor.x, top: anchor.y }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setDialog(anchor.selected)}
        >
          摘录到专辑
        </Button>
      )}
      {dialog && (
        <AddToCollectionDialog
          title="摘录到专辑"
          items={[{ kind: 'excerpt', documentId, start: dialog.start, end: dialog.end }]}
          preview={dialog.quote}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
