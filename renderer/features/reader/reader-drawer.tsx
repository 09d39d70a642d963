import { DeleteOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Result, Skeleton, Space, Tabs, Typography } from 'antd';
import { useRef, useState } from 'react';
import { CasebookError } from '../../../shared/api/errors';
import type { DocumentRecord } from '../../../shared/model/document';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation, type ReaderTarget } from '../../app/navigation';
import { queryKeys, useWrite } from '../../app/queries';
import { joinKnown } from '../../components/format';
import { HighlightedText } from '../../components/highlighted-text';
import { KindTag } from '../../components/kind-tag';
import { AddToCollectionButton } from '../collections/add-to-collection';
import { ExcerptToCollectionButton } from '../collections/reader-collection-tools';
import { CitedByPanel, useCitingDrafts } from '../drafts/cited-by';
import { ReaderDraftTools } from '../drafts/reader-draft-tools';
import { SimilarDocuments } from '../duplicates/similar-documents';
import { useTrashDocuments } from '../trash/use-trash-with-undo';
import { DocumentSuggestions } from './document-suggestions';
import { DocumentTags } from './document-tags';
import { DocumentText } from './document-text';
import { EditMetaDialog } from './edit-meta-dialog';
import { HistoryPanel } from './history-panel';
import { MetadataPanel } from './metadata-panel';
import { NotesPanel } from './notes-panel';
import { ReaderFrame } from './reader-frame';
import { RelatedDocuments } from './related-documents';
import { useDocumentMatches } from './use-document-matches';
import { CleanedContentEntry } from './cleaned-content';
import { ToConfirmMark, ToConfirmNotice } from './to-confirm';
import { ExportButton } from '../export/export-button';
import { OriginalTab } from './original/original-tab';

function ReaderBody({ doc, highlight, passage, onEdit }: { doc: DocumentRecord; highlight: string[]; passage?: ReaderTarget['passage']; onEdit: () => void }) {
  const textWrapper = useRef<HTMLDivElement>(null);
  const citing = useCitingDrafts(doc.id);
  const notes = useQuery({ queryKey: queryKeys.notes(doc.id), queryFn: () => api['notes.list']({ documentId: doc.id }) });
  const search = useDocumentMatches(doc.id);
  // 原文 (the cleaned text) or 原件 (the file as received).
  const [shown, setShown] = useState<'text' | 'original'>('text');
  return (
    <div className="casebook-reader-body">
      <div style={{ minWidth: 0 }}>
        {doc.deletedAt && (
          <Alert type="warning" showIcon title="这份资料在回收站中，不会出现在资料库和检索结果里。" style={{ marginBottom: 12 }} />
        )}
        <ToConfirmNotice doc={doc} onEdit={onEdit} />
        <Tabs
          className="casebook-reader-tabs"
          activeKey={shown}
          onChange={(key) => setShown(key as 'text' | 'original')}
          items={[
            {
              key: 'text',
              label: '原文',
              children: (
                <>
                  <CleanedContentEntry doc={doc} />
                  <ReaderDraftTools wrapper={textWrapper} documentId={doc.id} text={doc.text} passage={passage} />
                  {!doc.deletedAt && <ExcerptToCollectionButton wrapper={textWrapper} documentId={doc.id} />}
                  <div ref={textWrapper}>
                    <DocumentText text={doc.text} terms={highlight} ranges={search ? (search.matches?.text ?? null) : null} />
                  </div>
                </>
              ),
            },
            { key: 'original', label: '原件', children: <OriginalTab doc={doc} active={shown === 'original'} /> },
          ]}
        />
      </div>
      <aside className="casebook-reader-aside" aria-label="资料详情">
        <div>
          <Typography.Title level={5} style={{ fontSize: 14, marginTop: 0 }}>
            标签
          </Typography.Title>
          <DocumentTags doc={doc} />
          <DocumentSuggestions documentId={doc.id} />
        </div>
        <SimilarDocuments documentId={doc.id} />
        <RelatedDocuments documentId={doc.id} />
        <Tabs
          size="small"
          items={[
            { key: 'meta', label: '信息', children: <MetadataPanel doc={doc} /> },
            { key: 'notes', label: `备注${notes.data && notes.data.length > 0 ? `（${notes.data.length}）` : ''}`, children: <NotesPanel documentId={doc.id} /> },
            { key: 'history', label: '修改记录', children: <HistoryPanel documentId={doc.id} /> },
            { key: 'citedBy', label: `被引用${citing.data && citing.data.length > 0 ? `（${citing.data.length}）` : ''}`, children: <CitedByPanel documentId={doc.id} /> },
          ]}
        />
      </aside>
    </div>
  );
}

/** The reader: one document's text, metadata, tags, notes and history, over the current view or beside the list. */
export function ReaderDrawer() {
  const navigation = useNavigation();
  const { message } = App.useApp();
  const target = navigation.reader;
  const [editing, setEditing] = useState(false);
  const trashDocuments = useTrashDocuments();
  const restore = useWrite('documents.restore');
  const doc = useQuery({
    queryKey: queryKeys.document(target?.id ?? ''),
    queryFn: () => api['documents.get']({ id: target?.id ?? '' }),
    enabled: target !== null,
  });
  const data = target && doc.data?.id === target.id ? doc.data : undefined;

  const title = data ? (
    <div style={{ minWidth: 0 }}>
      <Typography.Title level={4} style={{ margin: 0, lineHeight: 1.4, whiteSpace: 'normal' }}>
        <HighlightedText text={data.title} terms={target?.highlight ?? []} />
      </Typography.Title>
      <Flex gap={8} align="center" style={{ marginTop: 4, fontWeight: 'normal' }}>
        <KindTag kind={data.kind} />
        {data.toConfirm.map((field) => (
          <ToConfirmMark key={field} field={field} doc={data} withField style={{ marginInlineStart: 0 }} />
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {joinKnown([data.date, data.region, data.issuer ?? data.source ?? data.organization, data.docNumber])}
        </Typography.Text>
      </Flex>
    </div>
  ) : (
    '资料'
  );

  const extra = data && (
    <Space>
      <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
        编辑信息
      </Button>
      {!data.deletedAt && <AddToCollectionButton ids={[data.id]} />}
      <ExportButton target={{ documents: [data.id] }} what={`《${data.title}》`} defaultTitle={data.title} many={false} />
      {data.deletedAt ? (
        <Button
          icon={<UndoOutlined />}
          loading={restore.isPending}
          onClick={() => restore.mutate({ ids: [data.id] }, { onSuccess: () => void message.success('已恢复到资料库') })}
        >
          恢复
        </Button>
      ) : (
        <Button
          danger
          icon={<DeleteOutlined />}
          onClick={() => {
            void trashDocuments([data.id]).then((ok) => ok && navigation.closeReader());
          }}
        >
          移入回收站
        </Button>
      )}
    </Space>
  );

  let body;
  if (!target) body = null;
  else if (doc.isError) {
    const notFound = doc.error instanceof CasebookError && doc.error.code === 'NOT_FOUND';
    body = <Result status={notFound ? '404' : 'error'} title={notFound ? '找不到这份资料' : '无法打开这份资料'} subTitle={errorMessage(doc.error)} />;
  } else if (!data) body = <Skeleton active paragraph={{ rows: 12 }} />;
  else body = <ReaderBody key={target.passage ? `${target.passage.start}-${target.passage.end}` : 'text'} doc={data} highlight={target.highlight} passage={target.passage} onEdit={() => setEditing(true)} />;

  return (
    <>
      <ReaderFrame open={target !== null} onClose={navigation.closeReader} title={title} extra={extra} label={data ? `阅读：${data.title}` : '阅读资料'}>
        {body}
      </ReaderFrame>
      {editing && data && <EditMetaDialog doc={data} onClose={() => setEditing(false)} />}
    </>
  );
}
