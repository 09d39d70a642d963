import { useQuery } from '@tanstack/react-query';
import { Flex, Progress, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReviewWorkspaceSummary } from '../../../shared/model/review-workspace';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';
import { useOpenReviewPackage } from './open-review-package';
import { ReviewPackagePicker } from './review-package-picker';

export function formatWhen(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : '—';
}

/** 打开评审包… : opens the chosen .cbreview in its 评审工作台. */
export function OpenReviewPackageButton({ type = 'default' }: { type?: 'default' | 'primary' }) {
  const open = useOpenReviewPackage();
  return <ReviewPackagePicker type={type} label="打开评审包…" onPick={(file) => void open(file)} />;
}

/**
 * 收到的评审包: for a user who is themselves a reviewer (评委) of someone else's 评选 — the packages
 * they opened here, with how far they got and whether they have exported their 评分结果.
 */
export function ReceivedPackages() {
  const navigation = useNavigation();
  const workspaces = useQuery({ queryKey: queryKeys.reviewWorkspaces, queryFn: () => api['reviewWorkspaces.list']({}) });
  const columns: TableColumnsType<ReviewWorkspaceSummary> = [
    { title: '评选', dataIndex: 'roundName', render: (name: string) => <Typography.Link>{name}</Typography.Link> },
    { title: '评审人', dataIndex: 'reviewer', width: 110 },
    { title: '方式', key: 'blind', width: 80, render: (_, row) => (row.blind ? <Tag>盲评</Tag> : <Tag color="blue">实名</Tag>) },
    {
      title: '进度',
      key: 'progress',
      width: 200,
      render: (_, row) => (
        <Flex gap={8} align="center">
          <Progress percent={Math.round((row.scoredCount / Math.max(1, row.caseCount)) * 100)} size="small" showInfo={false} style={{ width: 90, margin: 0 }} />
          <Typography.Text type="secondary">
            已评 {row.scoredCount}/{row.caseCount}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: '最后保存', dataIndex: 'updatedAt', width: 120, render: formatWhen },
    { title: '评分结果', dataIndex: 'exportedAt', width: 140, render: (when: string | null) => (when ? `已导出 ${formatWhen(when)}` : <Typography.Text type="secondary">未导出</Typography.Text>) },
  ];
  if (!workspaces.data || workspaces.data.length === 0) {
    return (
      <Flex justify="space-between" align="center" style={{ marginTop: 28 }}>
        <Typography.Text type="secondary">作为评审人收到了评审包（.cbreview）？打开它即可在这里逐件评分，评完导出评分结果交回。</Typography.Text>
        <OpenReviewPackageButton />
      </Flex>
    );
  }
  return (
    <section aria-label="收到的评审包" style={{ marginTop: 28 }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Flex align="baseline" gap={10}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            收到的评审包
          </Typography.Title>
          <Typography.Text type="secondary">我作为评审人需要评分的评选（与资料库分开保存）</Typography.Text>
        </Flex>
        <OpenReviewPackageButton />
      </Flex>
      <Table<ReviewWorkspaceSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={workspaces.data}
        pagination={false}
        onRow={(row) => ({ onClick: () => navigation.showReviewWorkspace(row.id), style: { cursor: 'pointer' } })}
      />
    </section>
  );
}
