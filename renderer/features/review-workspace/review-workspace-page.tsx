import { ArrowLeftOutlined, CheckCircleFilled, DeleteOutlined, ExportOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Collapse, Empty, Flex, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { ReviewWorkspaceCase, ReviewWorkspaceDetail } from '../../../shared/model/review-workspace';
import { STAGE_LABELS } from '../../../shared/model/selection';
import { api, errorMessage } from '../../app/api-client';
import type { Autosave } from '../../app/use-autosave';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';
import { downloadBase64 } from '../exchange/download';
import { CriterionScoresForm, draftFrom, givenScores, type ReviewDraft } from '../selection/criterion-scores-form';
import { CaseAttachment } from './case-attachment';
import { formatWhen } from './received-packages';
import './review-workspace.css';

type CaseState = 'done' | 'partial' | 'none';

function stateOf(detail: ReviewWorkspaceDetail, item: ReviewWorkspaceCase): CaseState {
  if (item.total !== null) return 'done';
  const touched = Object.keys(item.scores).length > 0 || Object.keys(item.notes).length > 0 || item.comment.length > 0;
  return touched && detail.criteria.length > 0 ? 'partial' : 'none';
}

function CaseMarker({ state }: { state: CaseState }) {
  if (state === 'done') return <CheckCircleFilled style={{ color: '#3d8b4f' }} aria-label="已评完" />;
  if (state === 'partial') return <MinusCircleOutlined style={{ color: '#c98a2b' }} aria-label="未评完" />;
  return <span className="casebook-review-dot" aria-label="未评" />;
}

/** 地区 · 年度 · 做法 · 项目 · 单位 (what the package shows; a 盲评 package has no unit, author or source). */
function metaLine(item: ReviewWorkspaceCase): string {
  return [item.region, item.year ? `${item.year}年度` : null, item.practiceName, item.project, item.organization, item.author ? `作者：${item.author}` : null, item.source ? `来源：${item.source}` : null]
    .filter(Boolean)
    .join(' · ');
}

/**
 * 评审工作台: a 评审包 this user was sent, scored here case by case with the round's own form (saved as
 * typed), then 导出评分结果 for the bureau. The cases are read here and never enter the library.
 */
export function ReviewWorkspacePage({ workspaceId }: { workspaceId: string }) {
  const navigation = useNavigation();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const workspace = useQuery({ queryKey: queryKeys.reviewWorkspace(workspaceId), queryFn: () => api['reviewWorkspaces.get']({ id: workspaceId }) });
  const [caseId, setCaseId] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const autosave = useRef<Autosave<ReviewDraft> | null>(null);
  const detail = workspace.data;
  // Opened on the first case not yet scored; from then on the reviewer's choice holds.
  if (detail && caseId === null && detail.cases.length > 0) setCaseId((detail.cases.find((item) => item.total === null) ?? detail.cases[0])!.id);
  const current = detail?.cases.find((item) => item.id === caseId) ?? detail?.cases[0] ?? null;
  // Read once when a case's form mounts (it is keyed by case); later saves do not reset what is typed.
  const stored = detail && current ? draftFrom(detail.criteria, current) : null;

  if (workspace.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={`这个评审无法打开：${errorMessage(workspace.error)}`}
        action={<Button onClick={() => navigation.showSelection(null)}>返回评选</Button>}
      />
    );
  }
  if (!detail) return <Skeleton active paragraph={{ rows: 10 }} />;

  const flush = async () => {
    await autosave.current?.flush();
    if (autosave.current?.hasUnsavedChanges()) throw new Error('评分没有保存，请稍后重试。');
  };

  const goTo = async (id: string) => {
    try {
      await flush();
    } catch (error) {
      void message.error(errorMessage(error));
    }
    setCaseId(id);
  };

  const index = current ? detail.cases.findIndex((item) => item.id === current.id) : -1;
  const nextUnfinished = () => {
    for (let step = 1; step <= detail.cases.length; step += 1) {
      const candidate = detail.cases[(index + step) % detail.cases.length];
      if (candidate && candidate.id !== current?.id && candidate.total === null) return candidate.id;
    }
    return null;
  };

  const exportResult = async () => {
    setExporting(true);
    try {
      await flush();
      const fresh = await api['reviewWorkspaces.get']({ id: workspaceId });
      const missing = fresh.caseCount - fresh.scoredCount;
      if (missing > 0) {
        const go = await modal.confirm({
          title: `还有 ${missing} 个案例没有评完`,
          content: '没有评完的案例不会计入排名（评选组织单位会看到缺项）。仍要导出评分结果吗？评完后可以再次导出，交回较新的文件即可。',
          okText: '仍然导出',
          cancelText: '继续评分',
        });
        if (!go) return;
      }
      const result = await api['reviewWorkspaces.exportResult']({ id: workspaceId });
      if (result.contentBase64) downloadBase64(result.fileName, result.contentBase64, 'application/json');
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviewWorkspace(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviewWorkspaces });
      void message.success(`已导出评分结果“${result.fileName}”（${result.caseCount} 个案例）。请把这个文件交回评选组织单位（U 盘或邮件均可）。`, 8);
    } catch (error) {
      void message.error(`评分结果没有导出：${errorMessage(error)}`);
    } finally {
      setExporting(false);
    }
  };

  const remove = () => {
    const unexported = detail.exportedAt === null || detail.exportedAt < detail.updatedAt;
    modal.confirm({
      title: `关闭评审“${detail.roundName}”？`,
      content: unexported
        ? '最近的评分还没有导出。关闭后这台电脑上的评分会删除，无法恢复；需要时可以重新打开评审包，但要重新评分。'
        : '评分结果已经导出。关闭后这台电脑上的评审包和评分会删除；已导出的评分结果文件不受影响。',
      okText: '关闭并删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        await api['reviewWorkspaces.remove']({ id: workspaceId });
        void queryClient.invalidateQueries({ queryKey: queryKeys.reviewWorkspaces });
        navigation.showSelection(null);
      },
    });
  };

  return (
    <section aria-label={`评审：${detail.roundName}`} className="casebook-review">
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Flex align="center" gap={10} wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigation.showSelection(null)} aria-label="返回评选" />
          <Typography.Title level={4} style={{ margin: 0 }}>
            评审：{detail.roundName}
          </Typography.Title>
          <Tag>{detail.blind ? '盲评' : '实名评审'}</Tag>
          <Tag>{STAGE_LABELS[detail.stage]}阶段</Tag>
          <Typography.Text type="secondary">评审人 {detail.reviewer}</Typography.Text>
        </Flex>
        <Space>
          <Flex align="center" gap={8}>
            <Progress percent={Math.round((detail.scoredCount / Math.max(1, detail.caseCount)) * 100)} size="small" showInfo={false} style={{ width: 110, margin: 0 }} />
            <Typography.Text aria-label="评分进度">
              已评 {detail.scoredCount}/{detail.caseCount}
            </Typography.Text>
          </Flex>
          <Button icon={<DeleteOutlined />} onClick={remove}>
            关闭评审
          </Button>
          <Button type="primary" icon={<ExportOutlined />} loading={exporting} onClick={() => void exportResult()}>
            导出评分结果
          </Button>
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        逐件阅读并评分，输入即自动保存。评完后点“导出评分结果”，把生成的文件交回评选组织单位。
        {detail.abstainedCount > 0 && ` 按回避规定，有 ${detail.abstainedCount} 个案例没有发给您。`}
        {detail.exportedAt && ` 上次导出：${formatWhen(detail.exportedAt)}。`}
      </Typography.Paragraph>
      <Collapse
        size="small"
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'rubric',
            label: `评分标准（${detail.criteria.length} 项，每项 ${detail.scoreRange.min}–${detail.scoreRange.max} 分，按权重加权）`,
            children: (
              <ul className="casebook-review-rubric">
                {detail.criteria.map((criterion) => (
                  <li key={criterion.key}>
                    <Typography.Text strong>
                      {criterion.name}（{criterion.weight}%）
                    </Typography.Text>
                    {criterion.description && <Typography.Text type="secondary">：{criterion.description}</Typography.Text>}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      <div className="casebook-review-body">
        <nav aria-label="案例列表" className="casebook-review-cases">
          {detail.cases.map((item, position) => (
            <button
              key={item.id}
              type="button"
              className={`casebook-review-case${item.id === current?.id ? ' is-current' : ''}`}
              aria-current={item.id === current?.id ? 'true' : undefined}
              onClick={() => void goTo(item.id)}
            >
              <CaseMarker state={stateOf(detail, item)} />
              <span className="casebook-review-case-title">
                {position + 1}. {item.title}
              </span>
              <span className="casebook-review-case-total">{item.total === null ? '' : item.total.toFixed(1)}</span>
            </button>
          ))}
        </nav>
        {current && stored ? (
          <article aria-label={`案例：${current.title}`} className="casebook-review-case-pane">
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {current.title}
            </Typography.Title>
            {metaLine(current) && <Typography.Paragraph type="secondary">{metaLine(current)}</Typography.Paragraph>}
            <CaseAttachment key={current.id} workspaceId={workspaceId} item={current} />
            <div className="casebook-review-text">
              {current.text
                .split(/\n+/)
                .filter((line) => line.trim().length > 0)
                .map((line, at) => (
                  <p key={at}>{line}</p>
                ))}
            </div>
            <div className="casebook-review-form" aria-label="评分">
              <Typography.Title level={5}>评分</Typography.Title>
              <CriterionScoresForm
                key={current.id}
                criteria={detail.criteria}
                scoreRange={detail.scoreRange}
                stored={stored}
                localKey={`casebook.unsavedReview.${workspaceId}.${current.id}`}
                send={async (draft) => {
                  const fresh = await api['reviewWorkspaces.saveScores']({ id: workspaceId, documentId: current.id, scores: givenScores(draft), notes: draft.notes, comment: draft.comment });
                  queryClient.setQueryData(queryKeys.reviewWorkspace(workspaceId), fresh);
                  void queryClient.invalidateQueries({ queryKey: queryKeys.reviewWorkspaces });
                }}
                errorLabel={detail.reviewer}
                autosaveRef={autosave}
                focusFirst={false}
                submitHint="Ctrl+Enter 评下一件"
                onSubmit={() => {
                  const next = nextUnfinished();
                  if (next) void goTo(next);
                  else void message.success('所有案例都已评完，可以导出评分结果了。');
                }}
              />
              <Flex justify="space-between" style={{ marginTop: 16 }}>
                <Button disabled={index <= 0} onClick={() => void goTo(detail.cases[index - 1]!.id)}>
                  上一件
                </Button>
                <Button type="primary" ghost disabled={index >= detail.cases.length - 1} onClick={() => void goTo(detail.cases[index + 1]!.id)}>
                  下一件
                </Button>
              </Flex>
            </div>
          </article>
        ) : (
          <Empty description="评审包中没有案例。" />
        )}
      </div>
    </section>
  );
}
