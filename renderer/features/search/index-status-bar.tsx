import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Progress, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { api } from '../../app/api-client';
import { queryKeys, useWrite } from '../../app/queries';

/**
 * Shown while the search index is rebuilt in the background (found stale or damaged when the library
 * opened): a progress bar with counts. Search keeps working meanwhile, by reading every document.
 * Asking for the status is also what starts that rebuild.
 */
export function IndexStatusBar() {
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: queryKeys.searchStatus,
    queryFn: () => api['search.status']({}),
    refetchInterval: (query) => (query.state.data?.status === 'rebuilding' ? 700 : 20_000),
    staleTime: 0,
  });
  const rebuild = useWrite('search.rebuild');
  const wasRebuilding = useRef(false);
  const current = status.data?.status;

  useEffect(() => {
    if (current === 'rebuilding') wasRebuilding.current = true;
    else if (current === 'ready' && wasRebuilding.current) {
      wasRebuilding.current = false;
      // Results found by scanning are exact, but the ranking and speed come back with the index.
      void queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('search.') });
    }
  }, [current, queryClient]);

  const data = status.data;
  if (!data) return null;
  if (data.error) {
    return (
      <Alert
        type="error"
        banner
        title={data.error}
        action={
          <Button size="small" loading={rebuild.isPending} onClick={() => rebuild.mutate({ background: true })}>
            重建索引
          </Button>
        }
      />
    );
  }
  if (data.status !== 'rebuilding') return null;
  const percent = data.total > 0 ? Math.floor((data.done / data.total) * 100) : 0;
  return (
    <div className="casebook-index-progress" role="status" aria-label="检索索引重建进度">
      <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
        正在重建检索索引
      </Typography.Text>
      <Progress percent={percent} size="small" style={{ flex: 1, maxWidth: 360, margin: 0 }} />
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {data.done} / {data.total} 份
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        期间仍可检索（逐篇查找，稍慢）
      </Typography.Text>
    </div>
  );
}
