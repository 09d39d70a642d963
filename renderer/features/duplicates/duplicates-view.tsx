import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Flex, Pagination, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { RequestOf } from '../../../shared/api/contract';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys } from '../../app/queries';
import { DuplicatePairCard } from './duplicate-pair-card';

const PAGE_SIZE = 20;

/** 查重: pairs of near-duplicate documents, side by side, to merge or keep both. */
export function DuplicatesView() {
  const [status, setStatus] = useState<'pending' | 'all'>('pending');
  const [page, setPage] = useState(1);
  const request: RequestOf<'duplicates.list'> = { status, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const list = useQuery({
    queryKey: queryKeys.duplicates(request),
    queryFn: () => api['duplicates.list'](request),
    placeholderData: (previous) => previous,
  });
  const total = list.data?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (list.data && page > lastPage) setPage(lastPage);

  let body;
  if (list.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (list.isError) body = <Alert type="error" showIcon title={errorMessage(list.error)} />;
  else if (list.data.items.length === 0) {
    body = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={status === 'pending' ? '没有待处理的疑似重复资料' : '还没有发现疑似重复的资料'}
        style={{ marginTop: 48 }}
      />
    );
  } else {
    body = (
      <Flex vertical gap={12}>
        {list.data.items.map((pair) => (
          <DuplicatePairCard key={pair.id} pair={pair} />
        ))}
      </Flex>
    );
  }

  return (
    <section aria-label="查重">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12, minHeight: 32 }}>
        <Flex align="baseline" gap={10} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            查重
          </Typography.Title>
          <Typography.Text type="secondary">
            {list.data ? `待处理 ${list.data.pendingCount} 对 · ` : ''}导入时正文高度相似的资料（如同一篇稿件被多个网站转载）会列在这里
          </Typography.Text>
        </Flex>
        <Segmented<'pending' | 'all'>
          aria-label="显示范围"
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          options={[
            { label: '待处理', value: 'pending' },
            { label: '全部', value: 'all' },
          ]}
        />
      </Flex>
      {body}
      {total > PAGE_SIZE && (
        <Pagination style={{ marginTop: 16, textAlign: 'center' }} current={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} showSizeChanger={false} />
      )}
    </section>
  );
}
