import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Skeleton, Timeline, Typography } from 'antd';
import type { HistoryEntry } from '../../../shared/model/history';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys } from '../../app/queries';
import { formatDateTime } from '../../components/format';
import { displayValue, fieldLabel } from './meta-values';

function splitTags(value: string | null): string[] {
  return value ? value.split('，').filter((tag) => tag.length > 0) : [];
}

function describeChange(entry: HistoryEntry) {
  if (entry.field === 'deletedAt') return entry.newValue ? '移入回收站' : '从回收站恢复';
  if (entry.field === 'tags') {
    // Tags are stored as the whole list before and after; show what changed.
    const before = splitTags(entry.oldValue);
    const after = splitTags(entry.newValue);
    const added = after.filter((tag) => !before.includes(tag));
    const removed = before.filter((tag) => !after.includes(tag));
    return (
      <>
        <Typography.Text strong>标签</Typography.Text>：
        {added.length > 0 && <span>添加“{added.join('”“')}”</span>}
        {added.length > 0 && removed.length > 0 && '；'}
        {removed.length > 0 && <span>去掉“{removed.join('”“')}”</span>}
        {added.length === 0 && removed.length === 0 && '调整顺序'}
      </>
    );
  }
  return (
    <>
      <Typography.Text strong>{fieldLabel(entry.field)}</Typography.Text>：
      <Typography.Text type="secondary" delete={entry.oldValue !== null}>
        {displayValue(entry.field, entry.oldValue)}
      </Typography.Text>
      {' → '}
      <Typography.Text>{displayValue(entry.field, entry.newValue)}</Typography.Text>
    </>
  );
}

/** 修改记录: who changed which field when, from which value to which. */
export function HistoryPanel({ documentId }: { documentId: string }) {
  const history = useQuery({ queryKey: queryKeys.history(documentId), queryFn: () => api['documents.history']({ id: documentId }) });
  if (history.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (history.isError) return <Alert type="error" showIcon title={errorMessage(history.error)} />;
  if (history.data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="导入后还没有修改过" />;
  const entries = [...history.data].sort((a, b) => b.changedAt.localeCompare(a.changedAt) || b.id - a.id);
  return (
    <section aria-label="修改记录">
      <Timeline
        items={entries.map((entry) => ({
          key: entry.id,
          content: (
            <div style={{ overflowWrap: 'anywhere' }}>
              <div>{describeChange(entry)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(entry.changedAt)} · {entry.actor}
                {entry.note ? ` · ${entry.note}` : ''}
              </Typography.Text>
            </div>
          ),
        }))}
      />
    </section>
  );
}
