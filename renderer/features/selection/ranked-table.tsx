import { CopyOutlined, WarningOutlined } from '@ant-design/icons';
import { Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { SPREAD_WARNING, STAGE_LABELS, type RankedSubmission, type ReviewerScore, type RoundDetail, type SelectionStage } from '../../../shared/model/selection';
import { useNavigation } from '../../app/navigation';
import { StageActions } from './stage-actions';

const STAGE_COLORS: Record<SelectionStage, string | undefined> = {
  received: undefined,
  screening: 'blue',
  shortlisted: 'gold',
  selected: 'red',
  rejected: 'default',
};

function score(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

/**
 * 排名表: rank, title with flags (疑似重复, 在回收站), region, stage, the mean weighted score, the spread
 * between reviewers (highlighted past the warning), each reviewer's total, and the stage actions.
 */
/** The reviewer's comment and notes per criterion, for the tooltip over their total; nothing when both are empty. */
function reviewTooltip(round: RoundDetail, review: ReviewerScore): ReactNode {
  const notes = round.criteria.filter((criterion) => review.notes[criterion.key]).map((criterion) => `${criterion.name}：${review.notes[criterion.key]}`);
  if (!review.comment && notes.length === 0) return undefined;
  return (
    <div style={{ whiteSpace: 'pre-wrap' }}>
      {[review.comment, ...notes].filter(Boolean).join('\n')}
    </div>
  );
}

export function RankedTable({ round, rows, onScore }: { round: RoundDetail; rows: RankedSubmission[]; onScore: (documentId: string) => void }) {
  const navigation = useNavigation();
  const columns: TableColumnsType<RankedSubmission> = [
    { title: '名次', dataIndex: 'rank', width: 64, align: 'center', render: (rank: number | null) => (rank === null ? <Typography.Text type="secondary">—</Typography.Text> : <strong>{rank}</strong>) },
    {
      title: '申报案例',
      key: 'title',
      render: (_, row) => (
        <div>
          <Typography.Link onClick={() => navigation.openDocument(row.document.id)}>{row.document.title}</Typography.Link>
          <div>
            {row.document.organization && <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 8 }}>{row.document.organization}</Typography.Text>}
            {row.document.deletedAt && <Tag color="red">在回收站</Tag>}
            {row.duplicates.map((flag) => (
              <Tooltip key={flag.documentId} title={`与《${flag.title}》内容相似度 ${Math.round(flag.similarity * 100)}%，可能是同一案例重复申报`}>
                <Tag color="orange" icon={<CopyOutlined />}>
                  疑似重复 {Math.round(flag.similarity * 100)}%
                </Tag>
              </Tooltip>
            ))}
            {row.stage === 'rejected' && row.reason && (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                理由：{row.reason}
              </Typography.Text>
            )}
          </div>
        </div>
      ),
    },
    { title: '地区', dataIndex: 'quotaRegion', width: 88, render: (region: string | null) => region ?? <Typography.Text type="secondary">未注明</Typography.Text> },
    { title: '阶段', dataIndex: 'stage', width: 80, render: (stage: SelectionStage) => <Tag color={STAGE_COLORS[stage]}>{STAGE_LABELS[stage]}</Tag> },
    { title: '得分', dataIndex: 'score', width: 76, align: 'right', render: (value: number | null) => <strong>{score(value)}</strong> },
    {
      title: <Tooltip title={`各评审人加权得分的最高分与最低分之差；超过 ${SPREAD_WARNING} 分标红，建议复核`}>分差</Tooltip>,
      dataIndex: 'spread',
      width: 76,
      align: 'right',
      render: (spread: number | null, row) =>
        row.spreadWarning ? (
          <Typography.Text type="danger" strong aria-label={`分差 ${score(spread)}，偏大`}>
            <WarningOutlined /> {score(spread)}
          </Typography.Text>
        ) : (
          score(spread)
        ),
    },
    {
      title: '各评审人',
      key: 'reviews',
      width: 150,
      render: (_, row) =>
        round.reviewers.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <div style={{ fontSize: 12, lineHeight: 1.6 }}>
            {round.reviewers.map((reviewer) => {
              const review = row.reviews.find((item) => item.reviewer === reviewer);
              return (
                <Tooltip key={reviewer} title={review ? reviewTooltip(round, review) : undefined}>
                  <div>
                    {reviewer}：{review?.total != null ? review.total.toFixed(2) : <Typography.Text type="secondary">{review ? '未评完' : '未评'}</Typography.Text>}
                  </div>
                </Tooltip>
              );
            })}
          </div>
        ),
    },
    { title: '操作', key: 'actions', width: 270, render: (_, row) => <StageActions roundId={round.id} row={row} onScore={() => onScore(row.document.id)} /> },
  ];

  return (
    <Table<RankedSubmission>
      rowKey={(row) => row.document.id}
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: 980 }}
      onRow={(row) => ({ style: row.stage === 'rejected' ? { background: '#faf8f5', color: '#8c8780' } : undefined })}
      locale={{ emptyText: '这个阶段没有申报案例' }}
    />
  );
}
