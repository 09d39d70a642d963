import { FileUnknownOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Result, Skeleton, Typography } from 'antd';
import type { DocumentRecord } from '../../../../shared/model/document';
import type { OriginalView } from '../../../../shared/model/original-view';
import { api, errorMessage } from '../../../app/api-client';
import { ImageViewer } from './image-viewer';
import { OriginalActions } from './original-actions';
import { PageFrame } from './page-frame';
import { PdfViewer } from './pdf-viewer';
import { useRecognisedPages } from './use-recognised-pages';
import './original-tab.css';

const KIND_NAMES: Record<OriginalView['shownAs'], string> = { pdf: 'PDF 文件', image: '图片', page: '', text: '纯文本文件', none: '文件' };

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function kindName(view: OriginalView): string {
  if (view.shownAs === 'page') return view.from === 'word' ? 'Word 文件' : '保存的网页';
  return KIND_NAMES[view.shownAs];
}

function OriginalBody({ doc, view, active }: { doc: DocumentRecord; view: OriginalView; active: boolean }) {
  const recognised = useRecognisedPages(doc.id);
  const body = <ViewerFor doc={doc} view={view} active={active} recognised={recognised} />;
  const state = recognised.state;
  if (!state || state.status === 'done') return body;
  return (
    <>
      <Alert
        type={state.status === 'failed' ? 'warning' : 'info'}
        showIcon
        title={state.status === 'running' || state.status === 'queued' ? `${state.message}（${state.pagesDone} / ${state.pagesTotal} 页），识别出的文字行会逐页标在原件上。` : state.message}
        style={{ marginBottom: 8 }}
      />
      {body}
    </>
  );
}

function ViewerFor({ doc, view, active, recognised }: { doc: DocumentRecord; view: OriginalView; active: boolean; recognised: ReturnType<typeof useRecognisedPages> }) {
  switch (view.shownAs) {
    case 'pdf':
      return <PdfViewer documentId={doc.id} file={view.file} active={active} recognised={recognised.pages} uncertainBelow={recognised.uncertainBelow} />;
    case 'image':
      return <ImageViewer documentId={doc.id} file={view.file} mediaType={view.mediaType} converted={view.converted} active={active} recognised={recognised.pages.get(1)} uncertainBelow={recognised.uncertainBelow} />;
    case 'page':
      return <PageFrame html={view.html} notes={view.notes} from={view.from} title={`原件：${view.file.fileName}`} />;
    case 'text':
      return (
        <>
          <Alert
            type="info"
            showIcon
            title={`原件为纯文本文件${view.file.encoding ? `（${view.file.encoding.toUpperCase()} 编码）` : ''}，下面是它收到时的全部内容，未经清理；“原文”是清理后的正文。`}
            description={view.truncated ? '文件很长，这里只显示前 200 万字。' : undefined}
            style={{ marginBottom: 8 }}
          />
          <div className="casebook-original-text" aria-label="原件内容">
            {view.text}
          </div>
        </>
      );
    case 'none':
      return <Result icon={<FileUnknownOutlined />} title="原件无法在这里显示" subTitle={view.reason} />;
  }
}

/** 原件: the file as it was received, beside the cleaned text (原文). */
export function OriginalTab({ doc, active }: { doc: DocumentRecord; active: boolean }) {
  const view = useQuery({
    queryKey: ['originals.view', doc.id, doc.original?.sha256 ?? null, doc.original?.encoding ?? null],
    queryFn: () => api['originals.view']({ id: doc.id }),
    staleTime: Infinity,
  });
  if (view.isError) {
    return <Alert type="error" showIcon title="原件无法显示" description={`${errorMessage(view.error)}（“原文”中的正文不受影响。）`} />;
  }
  if (!view.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const { file } = view.data;
  return (
    <div className="casebook-original">
      {file && (
        <Flex className="casebook-original-head" align="center" gap={8} wrap>
          <Typography.Text strong ellipsis style={{ maxWidth: '50%' }} title={file.fileName}>
            {file.fileName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {kindName(view.data)} · {sizeText(file.size)} · 导入时保存，未作改动
          </Typography.Text>
          <span style={{ marginInlineStart: 'auto' }}>
            <OriginalActions documentId={doc.id} file={file} />
          </span>
        </Flex>
      )}
      <OriginalBody doc={doc} view={view.data} active={active} />
    </div>
  );
}
