import { DeleteOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { Editor } from '@tiptap/react';
import { Alert, App, Button, Flex, Input, Space, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftCitation, DraftRecord } from '../../../shared/model/draft';
import type { CitationAttrs, RichTextDoc } from '../../../shared/model/rich-text';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { formatDateTime } from '../../components/format';
import { RichTextEditor } from '../editor/rich-text-editor';
import { AddDraftToCollection } from './add-draft-to-collection';
import { CitationNotes } from './citation-notes';
import { clearLocalCopy, DraftAutosaver, readLocalCopy, type SaveStatus } from './draft-autosave';
import { cacheSavedDraft } from './draft-queries';
import { DraftVersionsDrawer } from './draft-versions-drawer';
import { SaveIndicator } from './save-indicator';
import { ExportButton } from '../export/export-button';
import { useTrashWithUndo } from '../trash/use-trash-with-undo';

/** One draft open for writing: title, rich-text editor with autosave, endnotes, versions. */
export function DraftEditorPanel({ draft }: { draft: DraftRecord }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigation = useNavigation();
  const trashDraft = useTrashWithUndo('drafts');
  const editorRef = useRef<Editor | null>(null);
  const titleRef = useRef(draft.title);
  const saverRef = useRef<DraftAutosaver | null>(null);
  const [title, setTitle] = useState(draft.title);
  const [content, setContent] = useState<RichTextDoc>(draft.content);
  const [citations, setCitations] = useState<DraftCitation[]>(draft.citations);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [savedAt, setSavedAt] = useState<string | null>(draft.updatedAt);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [recovered, setRecovered] = useState<string | null>(null);

  useEffect(() => {
    const saver = new DraftAutosaver(
      draft.id,
      draft.revision,
      () => (editorRef.current ? { title: titleRef.current, content: editorRef.current.getJSON() as RichTextDoc } : null),
      setStatus,
      (result, snapshot) => {
        setCitations(result.citations);
        setSavedAt(result.updatedAt);
        cacheSavedDraft(queryClient, result, snapshot);
        if (result.conflict) void message.warning('这篇草稿刚在别处（另一个窗口或浏览器）被修改过；已保存本窗口的内容，另一处的内容存为一个版本，可在“版本记录”中找回。', 8);
      },
    );
    saverRef.current = saver;
    // Edits a closed window could not send are sent now.
    const copy = readLocalCopy(draft.id);
    if (copy) {
      if (copy.title === draft.title && JSON.stringify(copy.content) === JSON.stringify(draft.content)) clearLocalCopy(draft.id);
      else {
        saver.revision = copy.baseRevision;
        titleRef.current = copy.title;
        queueMicrotask(() => {
          setTitle(copy.title);
          setContent(copy.content);
          setRecovered(copy.savedAt);
          saver.markDirty();
        });
      }
    }
    return () => {
      saver.dispose();
      saverRef.current = null;
    };
    // The panel is keyed by draft id; later refetches are handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft.id]);

  // Newer text from the engine (a quote from the reader, a restore elsewhere) replaces an idle editor.
  useEffect(() => {
    const saver = saverRef.current;
    if (!saver || draft.revision <= saver.revision || saver.hasUnsavedChanges) return;
    saver.adopt(draft.revision);
    titleRef.current = draft.title;
    queueMicrotask(() => {
      setContent(draft.content);
      setTitle(draft.title);
      setCitations(draft.citations);
      setSavedAt(draft.updatedAt);
    });
  }, [draft]);

  // The last editor is kept after it unmounts so a final save can still read its text.
  const onReady = useCallback((editor: Editor | null) => {
    if (editor) editorRef.current = editor;
  }, []);

  const openCitation = useCallback(
    (citation: Pick<CitationAttrs, 'documentId' | 'start' | 'end' | 'quote'>) => {
      void saverRef.current?.flush();
      navigation.openDocument(citation.documentId, [], { start: citation.start, end: citation.end, quote: citation.quote });
    },
    [navigation],
  );

  const saveNow = async () => {
    await saverRef.current?.flush();
  };

  const saveVersion = async () => {
    try {
      await saverRef.current?.flush();
      await api['drafts.saveVersion']({ id: draft.id });
      void queryClient.invalidateQueries({ queryKey: ['drafts.versions', draft.id] });
      void message.success('已保存版本，可在“版本记录”中打开或恢复');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const onRestored = (restored: DraftRecord) => {
    saverRef.current?.adopt(restored.revision);
    titleRef.current = restored.title;
    setTitle(restored.title);
    setContent(restored.content);
    setCitations(restored.citations);
    setSavedAt(restored.updatedAt);
    queryClient.setQueryData(['drafts.get', draft.id], restored);
  };

  return (
    <div
      className="casebook-draft-panel"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          if (event.shiftKey) void saveVersion();
          else void saveNow();
        }
      }}
    >
      <Flex align="center" gap={12} className="casebook-draft-header">
        <Input
          variant="borderless"
          className="casebook-draft-title"
          aria-label="草稿标题"
          placeholder="未命名草稿"
          maxLength={200}
          value={title}
          onChange={(event) => {
            titleRef.current = event.target.value;
            setTitle(event.target.value);
            saverRef.current?.markDirty();
          }}
          onBlur={() => void saverRef.current?.flush()}
        />
        <SaveIndicator status={status} savedAt={savedAt} />
        <Space size={4}>
          <Tooltip title="立即保存一个版本（Ctrl+Shift+S）；平时会自动保存，并定时留存版本">
            <Button icon={<SaveOutlined />} onClick={() => void saveVersion()}>
              保存版本
            </Button>
          </Tooltip>
          <Button icon={<HistoryOutlined />} onClick={() => setVersionsOpen(true)}>
            版本记录
          </Button>
          <AddDraftToCollection draftId={draft.id} title={title} beforeAdd={saveNow} />
          <ExportButton target={{ draft: draft.id }} what={`草稿《${title || draft.title}》`} defaultTitle={title || draft.title} many={false} prepare={saveNow} />
          <Tooltip title="移入回收站（可恢复）">
            <Button
              danger
              icon={<DeleteOutlined />}
              aria-label="移入回收站"
              onClick={() => {
                const name = title || '未命名草稿';
                void saveNow().then(() =>
                  trashDraft({
                    ids: [draft.id],
                    trashed: `草稿“${name}”已移入回收站`,
                    restored: `已恢复草稿“${name}”`,
                    onTrashed: () => navigation.showDrafts(null),
                    onRestored: () => navigation.showDrafts(draft.id),
                  }),
                );
              }}
            />
          </Tooltip>
        </Space>
      </Flex>
      {recovered && (
        <Alert
          type="info"
          showIcon
          closable={{ onClose: () => setRecovered(null) }}
          style={{ marginBottom: 8 }}
          title={`已找回上次关闭窗口前未保存的修改（${formatDateTime(recovered)}），并已存入草稿。`}
        />
      )}
      {draft.deletedAt && (
        <Typography.Paragraph type="warning" style={{ margin: '0 0 8px' }}>
          这篇草稿在回收站中。修改仍会保存；要放回草稿列表，请在回收站中恢复。
        </Typography.Paragraph>
      )}
      <RichTextEditor
        value={content}
        onDirty={() => saverRef.current?.markDirty()}
        onBlur={() => void saverRef.current?.flush()}
        onReady={onReady}
        onCitationClick={openCitation}
        placeholder="在这里写作。可以从阅读的资料中选中文字“引用到草稿”，也可以直接粘贴、拖入图片。"
        variant="full"
        ariaLabel="草稿正文"
      />
      <CitationNotes citations={citations} onOpen={openCitation} />
      {versionsOpen && <DraftVersionsDrawer draftId={draft.id} beforeRestore={saveNow} onRestored={onRestored} onClose={() => setVersionsOpen(false)} />}
    </div>
  );
}
