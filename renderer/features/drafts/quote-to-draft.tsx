import { EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Typography } from 'antd';
import { useEffect, useState, type RefObject } from 'react';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { useActionMessage } from '../../app/use-action-message';
import { watchFinishedSelection } from '../../components/finished-selection';
import { TargetPicker, useTargetChoice } from '../../components/target-picker';
import { flushOpenDrafts } from './draft-autosave';
import { draftKeys } from './draft-queries';
import { selectionOffsets } from './passage';
import './drafts.css';

interface Selected {
  start: number;
  end: number;
  quote: string;
}

/** The draft quoted into last, offered first next time. */
let lastDraftId: string | null = null;

function QuoteToDraftDialog({ documentId, selected, onClose }: { documentId: string; selected: Selected; onClose: () => void }) {
  const { message } = App.useApp();
  const navigation = useNavigation();
  const showMessage = useActionMessage();
  const queryClient = useQueryClient();
  const drafts = useQuery({ queryKey: draftKeys.list(false), queryFn: () => api['drafts.list']({ trashed: false }) });
  const items = drafts.data?.items ?? [];
  const target = useTargetChoice(items.map((item) => item.id), lastDraftId);
  const [busy, setBusy] = useState(false);
  const { mode, chosen } = target;

  const submit = async () => {
    if (mode === 'existing' && !chosen) {
      void message.warning('请选择要引用到的草稿');
      return;
    }
    setBusy(true);
    try {
      // An open draft sends its pending edits first, so the quote lands after them.
      await flushOpenDrafts();
      const result = await api['drafts.quote']({
        documentId,
        start: selected.start,
        end: selected.end,
        ...(mode === 'existing' && chosen ? { draftId: chosen } : { newTitle: target.newName }),
      });
      lastDraftId = result.draft.id;
      window.getSelection()?.removeAllRanges();
      void queryClient.invalidateQueries({ queryKey: ['drafts.list'] });
      void queryClient.invalidateQueries({ queryKey: draftKeys.draft(result.draft.id) });
      void queryClient.invalidateQueries({ queryKey: ['drafts.citing'] });
      showMessage(
        `已引用到草稿《${result.draft.title}》（第 ${result.draft.citationCount} 条引用）`,
        {
          label: '打开草稿',
          onClick: () => {
            navigation.closeReader();
            navigation.showDrafts(result.draft.id);
          },
        },
        6,
      );
      onClose();
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title="引用到草稿" okText="引用" cancelText="取消" confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <blockquote className="casebook-quote-preview">{selected.quote.length > 300 ? `${selected.quote.slice(0, 300)}…` : selected.quote}</blockquote>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        引文会加在草稿末尾，并带上出处（标题、来源/发文机关、发布日期）；在草稿中点引用编号可回到这里。
      </Typography.Paragraph>
      <TargetPicker
        label="引用到"
        noun="草稿"
        target={target}
        options={items.map((item) => ({ value: item.id, label: item.title }))}
        loading={drafts.isPending}
        newLabel="新草稿标题"
        newPlaceholder="未命名草稿"
        onEnter={() => void submit()}
      />
    </Modal>
  );
}

/**
 * "引用到草稿" for the reader: a button that appears over a selection in the document text; a figure
 * or a named practice (“六有一好”) is just a short selection and works the same way.
 */
export function QuoteSelectionButton({ containerRef, documentId }: { containerRef: RefObject<HTMLElement | null>; documentId: string }) {
  const [anchor, setAnchor] = useState<{ x: number; y: number; selected: Selected } | null>(null);
  const [dialog, setDialog] = useState<Selected | null>(null);

  useEffect(() => {
    const update = () => {
      const container = containerRef.current;
      const offsets = container ? selectionOffsets(container) : null;
      const selection = window.getSelection();
      if (!container || !offsets || !selection || selection.rangeCount === 0) {
        setAnchor(null);
        return;
      }
      const quote = selection.toString();
      if (!quote.trim()) {
        setAnchor(null);
        return;
      }
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setAnchor({ x: rect.left + rect.width / 2, y: Math.max(rect.top - 6, 40), selected: { ...offsets, quote: quote.trim() } });
    };
    // The reader may still be sliding in or scrolling: place the button again once it settles.
    let settle: ReturnType<typeof setTimeout> | undefined;
    // Only once the selection is finished (mouseup, Shift released): during a drag the button would
    // sit at the selection's start, and a drag ending on it would shrink the selection.
    const watch = watchFinishedSelection({
      toolbar: '.casebook-quote-button, .casebook-excerpt-button',
      onStarted: () => setAnchor(null),
      onFinished: () => {
        update();
        clearTimeout(settle);
        settle = setTimeout(place, 400);
      },
    });
    const place = () => {
      if (!watch.selecting()) update();
    };
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    document.addEventListener('transitionend', place, true);
    document.addEventListener('animationend', place, true);
    return () => {
      clearTimeout(settle);
      watch.stop();
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
      document.removeEventListener('transitionend', place, true);
      document.removeEventListener('animationend', place, true);
    };
  }, [containerRef]);

  return (
    <>
      {anchor && !dialog && (
        <Button
          type="primary"
          size="small"
          icon={<EditOutlined />}
          className="casebook-quote-button"
          style={{ left: anchor.x, top: anchor.y }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setDialog(anchor.selected)}
        >
          引用到草稿
        </Button>
      )}
      {dialog && <QuoteToDraftDialog documentId={documentId} selected={dialog} onClose={() => setDialog(null)} />}
    </>
  );
}
