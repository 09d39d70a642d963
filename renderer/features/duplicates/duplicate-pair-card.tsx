import { CheckOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { App, Button, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../../shared/model/document';
import { DUPLICATE_STATUS_LABELS, type DuplicatePair } from '../../../shared/model/duplicates';
import { useNavigation } from '../../app/navigation';
import { useWrite } from '../../app/queries';
import { formatDateTime, joinKnown } from '../../components/format';
import { KindTag } from '../../components/kind-tag';
import { charDiff, type DiffRun } from './char-diff';

const PREVIEW_LABELS: Record<DuplicatePair['preview']['kind'], string> = {
  difference: '与另一份不同的段落',
  lines: '正文段落相同，只有这些短行不同',
  opening: '段落都相同，开头',
};

export function similarityPercent(similarity: number): string {
  return `${Math.round(similarity * 100)}%`;
}

function Runs({ runs }: { runs: DiffRun[] }) {
  return (
    <>
      {runs.map((run, index) => (run.changed ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </>
  );
}

function Side({ label, doc, preview, previewLabel, state }: { label: string; doc: DocumentSummary; preview: ReactNode; previewLabel: string; state: ReactNode }) {
  const navigation = useNavigation();
  return (
    <section aria-label={`${label}：${doc.title}`} style={{ flex: 1, minWidth: 0, background: '#fbfaf8', border: '1px solid #ece8e1', borderRadius: 6, padding: '12px 14px' }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 6 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12, letterSpacing: 1 }}>
          {label}
        </Typography.Text>
        {state}
      </Flex>
      <Flex gap={6} align="flex-start">
        <KindTag kind={doc.kind} />
        <Typography.Link strong onClick={() => navigation.openDocument(doc.id)} style={{ lineHeight: 1.5 }}>
          {doc.title}
        </Typography.Link>
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
        {joinKnown([doc.date ?? '日期不详', doc.source ? `来源：${doc.source}` : doc.issuer, doc.region]) || '—'}
      </Typography.Text>
      <div style={{ marginTop: 10, fontSize: 13, lineHeight: 1.75, color: '#3a3833' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {previewLabel}
        </Typography.Text>
        <div style={{ overflowWrap: 'anywhere' }}>{preview}</div>
      </div>
    </section>
  );
}

/** One pair side by side: the document that was there first, the one imported later, and the choices. */
export function DuplicatePairCard({ pair }: { pair: DuplicatePair }) {
  const { modal, message } = App.useApp();
  const resolve = useWrite('duplicates.resolve');
  const pending = pair.status === 'pending';
  const { preview } = pair;
  const diff = preview.kind === 'difference' ? charDiff(preview.left, preview.right) : null;
  const previewOf = (side: 'left' | 'right'): ReactNode => {
    if (diff) return <Runs runs={diff[side]} />;
    return preview[side] || <Typography.Text type="secondary">（没有另一份之外的段落）</Typography.Text>;
  };
  const previewLabel = PREVIEW_LABELS[preview.kind];

  const stateOf = (doc: DocumentSummary): ReactNode => {
    if (pair.status === 'merged') return pair.keptId === doc.id ? <Tag color="green">已保留</Tag> : <Tag>{doc.deletedAt ? '已移入回收站' : '已合并'}</Tag>;
    return doc.deletedAt ? <Tag>在回收站中</Tag> : null;
  };

  const merge = (keep: 'left' | 'right') => {
    const kept = keep === 'left' ? pair.left : pair.right;
    const other = keep === 'left' ? pair.right : pair.left;
    modal.confirm({
      title: `合并，保留${keep === 'left' ? '左侧' : '右侧'}的《${kept.title}》？`,
      content: `另一份《${other.title}》会移入回收站，它的标签和备注会复制到保留的这一份上。移入回收站的资料可以随时在回收站中恢复。`,
      okText: '合并',
      cancelText: '取消',
      onOk: async () => {
        await resolve.mutateAsync({ pairId: pair.id, action: 'merge', keepId: kept.id });
        void message.success('已合并，另一份已移入回收站');
      },
    });
  };

  const keepBoth = async () => {
    await resolve.mutateAsync({ pairId: pair.id, action: 'keepBoth' });
    void message.success('已保留两份');
  };

  return (
    <article
      aria-label={`疑似重复：${pair.left.title}`}
      style={{ background: '#fff', border: '1px solid var(--casebook-border)', borderRadius: 8, padding: '14px 18px' }}
    >
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 10 }}>
        <Space size={10} align="center">
          <Typography.Text strong style={{ fontSize: 16, color: '#9f1f25', fontVariantNumeric: 'tabular-nums' }}>
            相似度 {similarityPercent(pair.similarity)}
          </Typography.Text>
          <Tag color={pending ? 'orange' : pair.status === 'merged' ? 'green' : 'default'}>{DUPLICATE_STATUS_LABELS[pair.status]}</Tag>
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {pending ? `发现于 ${formatDateTime(pair.createdAt)}` : `${pair.resolvedBy ?? ''} 处理于 ${formatDateTime(pair.resolvedAt)}`}
        </Typography.Text>
      </Flex>
      <Flex gap={12} align="stretch">
        <Side label="先有的资料（左侧）" doc={pair.left} preview={previewOf('left')} previewLabel={previewLabel} state={stateOf(pair.left)} />
        <Side label="后导入的资料（右侧）" doc={pair.right} preview={previewOf('right')} previewLabel={previewLabel} state={stateOf(pair.right)} />
      </Flex>
      {pending && (
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          <Button icon={<CheckOutlined />} loading={resolve.isPending} onClick={() => void keepBoth().catch(() => undefined)}>
            保留两份
          </Button>
          <Button icon={<MergeCellsOutlined />} disabled={resolve.isPending} onClick={() => merge('left')}>
            合并（保留左侧）
          </Button>
          <Button icon={<MergeCellsOutlined />} disabled={resolve.isPending} onClick={() => merge('right')}>
            合并（保留右侧）
          </Button>
        </Flex>
      )}
    </article>
  );
}
