import { PlusOutlined, TrophyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { STAGE_LABELS, type RoundSummary, type SelectionStage } from '../../../shared/model/selection';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';
import { ReceivedPackages } from '../review-workspace/received-packages';
import { ReviewWorkspacePage } from '../review-workspace/review-workspace-page';
import { RoundPage } from './round-page';
import { RoundSettingsDialog } from './round-settings-dialog';

const STAGE_ORDER: SelectionStage[] = ['received', 'screening', 'shortlisted', 'selected', 'rejected'];

function StageCounts({ round }: { round: RoundSummary }) {
  const shown = STAGE_ORDER.filter((stage) => round.stageCounts[stage] > 0);
  if (shown.length === 0) return <Typography.Text type="secondary">还没有申报</Typography.Text>;
  return (
    <>
      {shown.map((stage) => (
        <Tag key={stage} color={stage === 'selected' ? 'red' : stage === 'rejected' ? 'default' : undefined}>
          {STAGE_LABELS[stage]} {round.stageCounts[stage]}
        </Tag>
      ))}
    </>
  );
}

/** 评选: the list of selection rounds, one round when it is open, or a 评审包 this user scores as a reviewer. */
export function SelectionView({ roundId, workspaceId }: { roundId: string | null; workspaceId: string | null }) {
  if (workspaceId !== null) return <ReviewWorkspacePage key={workspaceId} workspaceId={workspaceId} />;
  if (roundId !== null) return <RoundPage key={roundId} roundId={roundId} />;
  return <RoundList />;
}

function RoundList() {
  const navigation = useNavigation();
  const rounds = useQuery({ queryKey: queryKeys.rounds, queryFn: () => api['rounds.list']({}) });
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<RoundSummary> = [
    { title: '年度', dataIndex: 'year', width: 80 },
    { title: '评选名称', dataIndex: 'name', render: (name: string) => <Typography.Link>{name}</Typography.Link> },
    { title: '申报', dataIndex: 'submissionCount', width: 80, render: (count: number) => `${count} 件` },
    { title: '各阶段', key: 'stages', render: (_, round) => <StageCounts round={round} /> },
    { title: '入选目标', dataIndex: 'targetCount', width: 96 },
    { title: '评审人', key: 'reviewers', width: 200, render: (_, round) => round.reviewers.join('、') || <Typography.Text type="secondary">未设置</Typography.Text> },
    { title: '汇编', key: 'booklet', width: 90, render: (_, round) => (round.collectionId ? <Tag color="green">已生成</Tag> : <Typography.Text type="secondary">—</Typography.Text>) },
  ];

  return (
    <section aria-label="评选">
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Flex align="baseline" gap={10}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            评选
          </Typography.Title>
          <Typography.Text type="secondary">十大典型案例评选：收集申报、初审、评分、排名，生成汇编</Typography.Text>
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建评选
        </Button>
      </Flex>
      {rounds.isError && <Alert type="error" showIcon title={errorMessage(rounds.error)} style={{ marginBottom: 12 }} />}
      {rounds.data && rounds.data.length === 0 ? (
        <Empty
          image={<TrophyOutlined style={{ fontSize: 48, color: '#c9a27e' }} />}
          description={
            <span>
              还没有评选活动。
              <br />
              新建一个评选（如“2025年度红色工地十大典型案例评选”），设置评分标准和评审人，再从资料库添加申报的典型案例。
            </span>
          }
        >
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建评选
          </Button>
        </Empty>
      ) : (
        <Table<RoundSummary>
          rowKey="id"
          columns={columns}
          dataSource={rounds.data ?? []}
          loading={rounds.isPending}
          pagination={false}
          onRow={(round) => ({ onClick: () => navigation.showSelection(round.id), style: { cursor: 'pointer' } })}
        />
      )}
      {creating && (
        <RoundSettingsDialog
          round={null}
          onClose={(created) => {
            setCreating(false);
            if (created) navigation.showSelection(created);
          }}
        />
      )}
      <ReceivedPackages />
    </section>
  );
}
