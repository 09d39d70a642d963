import { ArrowLeftOutlined, BookOutlined, DeleteOutlined, PlusOutlined, SendOutlined, SettingOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Segmented, Skeleton, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { STAGE_LABELS, type BookletResult, type SelectionStage } from '../../../shared/model/selection';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys, useWrite } from '../../app/queries';
import { AddSubmissionsDialog } from './add-submissions-dialog';
import { ExcelButton } from '../export/excel-button';
import { BookletDialog } from './booklet-dialog';
import { RankedTable } from './ranked-table';
import { ReviewPackagesDialog } from './review-packages-dialog';
import { RoundChecks } from './round-checks';
import { RoundSettingsDialog } from './round-settings-dialog';
import { ScoringDialog } from './scoring-dialog';

type StageFilter = 'all' | SelectionStage;
const FILTERS: SelectionStage[] = ['received', 'screening', 'shortlisted', 'selected', 'rejected'];

/** One selection round: its checks, the ranked table by stage, scoring, and 生成汇编. */
export function RoundPage({ roundId }: { roundId: string }) {
  const navigation = useNavigation();
  const { modal, message } = App.useApp();
  const round = useQuery({ queryKey: queryKeys.round(roundId), queryFn: () => api['rounds.get']({ id: roundId }) });
  const remove = useWrite('rounds.delete');
  const [filter, setFilter] = useState<StageFilter>('all');
  const [dialog, setDialog] = useState<'settings' | 'add' | 'booklet' | 'packages' | null>(null);
  const [scoring, setScoring] = useState<{ documentId: string; reviewer: string | null } | null>(null);
  const [booklet, setBooklet] = useState<BookletResult | null>(null);

  if (round.isPending) return <Skeleton active />;
  if (round.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={errorMessage(round.error)}
        action={
          <Button size="small" onClick={() => navigation.showSelection(null)}>
            返回评选列表
          </Button>
        }
      />
    );
  }
  const detail = round.data;
  const rows = filter === 'all' ? detail.submissions : detail.submissions.filter((row) => row.stage === filter);
  const selectedCount = detail.stageCounts.selected;

  const confirmDelete = () =>
    modal.confirm({
      title: '删除评选',
      content: `删除“${detail.name}”及其全部评分和阶段记录（${detail.submissionCount} 件申报）？申报的案例仍保留在资料库中${detail.collectionId ? '，已生成的汇编专辑也不受影响' : ''}。此操作不能撤销。`,
      okText: '删除评选',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        await remove.mutateAsync({ id: detail.id });
        void message.success(`已删除评选“${detail.name}”`);
        navigation.showSelection(null);
      },
    });

  return (
    <section aria-label={`评选：${detail.name}`}>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
        <Flex align="baseline" gap={10} style={{ minWidth: 0 }}>
          <Tooltip title="返回评选列表">
            <Button type="text" aria-label="返回评选列表" icon={<ArrowLeftOutlined />} onClick={() => navigation.showSelection(null)} />
          </Tooltip>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {detail.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {detail.year}年度 · 申报 {detail.submissionCount} 件 · 评审人 {detail.reviewers.join('、') || '未设置'}
          </Typography.Text>
        </Flex>
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={() => setDialog('add')}>
            添加申报
          </Button>
          <Button icon={<SettingOutlined />} onClick={() => setDialog('settings')}>
            评选设置
          </Button>
          <Button icon={<SendOutlined />} disabled={detail.reviewers.length === 0 || detail.submissionCount === 0} onClick={() => setDialog('packages')}>
            评审包{detail.reviewers.length > 0 ? `（已交回 ${detail.returnedReviewers.length}/${detail.reviewers.length}）` : ''}
          </Button>
          <Tooltip title={selectedCount === 0 ? '先把案例改为“入选”，再生成汇编' : undefined}>
            <Button type="primary" icon={<BookOutlined />} disabled={selectedCount === 0} onClick={() => setDialog('booklet')}>
              生成汇编
            </Button>
          </Tooltip>
          <ExcelButton request={{ round: detail.id }} label="导出评审汇总表" disabled={detail.submissionCount === 0} />
          {detail.collectionId && !booklet && (
            <Button type="link" onClick={() => navigation.showCollections(detail.collectionId)}>
              查看汇编
            </Button>
          )}
          <Button danger type="text" aria-label="删除评选" icon={<DeleteOutlined />} onClick={() => void confirmDelete()} />
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        评分标准：{detail.criteria.map((criterion) => `${criterion.name} ${criterion.weight}%`).join('、')}。每项 0–100 分，得分为各评审人加权得分的平均。
      </Typography.Paragraph>
      {booklet && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setBooklet(null) }}
          style={{ marginBottom: 12 }}
          title={`已生成专辑《${booklet.name}》，收入 ${booklet.count} 个入选案例。可以在专辑中编排、写编者按并导出。`}
          action={
            <Button size="small" type="primary" onClick={() => navigation.showCollections(booklet.collectionId)}>
              查看专辑
            </Button>
          }
        />
      )}
      {detail.submissionCount === 0 ? (
        <Empty
          style={{ marginTop: 48 }}
          description={
            <span>
              还没有申报案例。
              <br />
              点“添加申报”从资料库挑选典型案例，或在资料库列表中勾选案例后点“加入评选”。
            </span>
          }
        >
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('add')}>
            添加申报
          </Button>
        </Empty>
      ) : (
        <>
          <RoundChecks round={detail} />
          <Segmented<StageFilter>
            aria-label="按阶段查看"
            style={{ marginBottom: 12 }}
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: `全部 ${detail.submissionCount}` },
              ...FILTERS.map((stage) => ({ value: stage, label: `${STAGE_LABELS[stage]} ${detail.stageCounts[stage]}` })),
            ]}
          />
          <RankedTable round={detail} rows={rows} onScore={(documentId) => setScoring({ documentId, reviewer: scoring?.reviewer ?? null })} />
        </>
      )}
      {dialog === 'settings' && <RoundSettingsDialog round={detail} onClose={() => setDialog(null)} />}
      {dialog === 'add' && <AddSubmissionsDialog round={detail} onClose={() => setDialog(null)} />}
      {dialog === 'packages' && <ReviewPackagesDialog round={detail} onClose={() => setDialog(null)} />}
      {dialog === 'booklet' && (
        <BookletDialog
          round={detail}
          onClose={() => setDialog(null)}
          onDone={(result) => {
            setDialog(null);
            setBooklet(result);
            void message.success(`已生成专辑《${result.name}》`);
          }}
        />
      )}
      {scoring && (
        <ScoringDialog
          key={scoring.documentId}
          round={detail}
          documentId={scoring.documentId}
          initialReviewer={scoring.reviewer}
          onNavigate={(documentId, reviewer) => setScoring({ documentId, reviewer })}
          onClose={() => setScoring(null)}
        />
      )}
    </section>
  );
}
