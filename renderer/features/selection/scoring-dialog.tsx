import { App, Button, Empty, Flex, Form, Input, InputNumber, Modal, Segmented, Typography, type GetRef } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { SCORE_MAX, SCORE_MIN, type RankedSubmission, type RoundDetail } from '../../../shared/model/selection';
import { errorMessage } from '../../app/api-client';
import { useWrite } from '../../app/queries';
import { FormError } from '../../components/form-error';

function weighted(round: RoundDetail, scores: Record<string, number | null>): number | null {
  let sum = 0;
  let weights = 0;
  for (const criterion of round.criteria) {
    const value = scores[criterion.key];
    if (value === null || value === undefined) return null;
    sum += value * criterion.weight;
    weights += criterion.weight;
  }
  return weights === 0 ? null : Math.round((sum / weights) * 100) / 100;
}

function reviewOf(row: RankedSubmission, reviewer: string) {
  return row.reviews.find((review) => review.reviewer === reviewer);
}

/**
 * 评分: one reviewer's scores for one case, criterion by criterion (Tab moves through them, Ctrl+Enter
 * saves). “保存并评下一件” goes on to the next case in the table the reviewer has not finished.
 */
export function ScoringDialog({
  round,
  documentId,
  initialReviewer,
  onNavigate,
  onClose,
}: {
  round: RoundDetail;
  documentId: string;
  /** The reviewer last scored for, kept from case to case. */
  initialReviewer: string | null;
  onNavigate: (documentId: string, reviewer: string) => void;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const save = useWrite('rounds.saveScores', { quiet: true });
  const row = round.submissions.find((submission) => submission.document.id === documentId);
  const [reviewer, setReviewer] = useState(initialReviewer !== null && round.reviewers.includes(initialReviewer) ? initialReviewer : (round.reviewers[0] ?? ''));
  const initial = (name: string) => {
    const review = row ? reviewOf(row, name) : undefined;
    return {
      scores: Object.fromEntries(round.criteria.map((criterion) => [criterion.key, review?.scores[criterion.key] ?? null])),
      notes: Object.fromEntries(round.criteria.map((criterion) => [criterion.key, review?.notes[criterion.key] ?? ''])),
      comment: review?.comment ?? '',
    };
  };
  const [draft, setDraft] = useState(() => initial(reviewer));
  const [error, setError] = useState<string | null>(null);
  const firstScore = useRef<GetRef<typeof InputNumber>>(null);
  const body = useRef<HTMLDivElement>(null);
  const total = useMemo(() => weighted(round, draft.scores), [round, draft.scores]);

  if (!row) return null;

  const switchReviewer = (name: string) => {
    setReviewer(name);
    setDraft(initial(name));
    setError(null);
  };

  /** The next case in the (freshly ranked) table that this reviewer has not finished. */
  const nextUnfinished = (fresh: RoundDetail): string | null => {
    const rows = fresh.submissions.filter((item) => item.stage !== 'rejected');
    const start = rows.findIndex((item) => item.document.id === documentId);
    for (let step = 1; step < rows.length; step += 1) {
      const candidate = rows[(start + step) % rows.length];
      if (candidate && reviewOf(candidate, reviewer)?.total == null) return candidate.document.id;
    }
    return null;
  };

  const submit = async (goNext: boolean) => {
    const scores = Object.fromEntries(Object.entries(draft.scores).filter((entry): entry is [string, number] => entry[1] !== null));
    try {
      const fresh = await save.mutateAsync({ roundId: round.id, documentId, reviewer, scores, notes: draft.notes, comment: draft.comment });
      void message.success(`已保存${reviewer}的评分`);
      const next = goNext ? nextUnfinished(fresh) : null;
      if (next) onNavigate(next, reviewer);
      else onClose();
    } catch (cause) {
      setError(errorMessage(cause));
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit(false);
    }
  };

  return (
    <Modal
      open
      width={680}
      title={`评分：${row.document.title}`}
      onCancel={onClose}
      destroyOnHidden
      // The first score field takes the focus once the dialog has opened, so scoring starts typing at once;
      // unless the user already clicked or typed inside it while it was still opening.
      afterOpenChange={(open) => {
        if (open && !body.current?.contains(document.activeElement)) firstScore.current?.focus();
      }}
      footer={
        round.reviewers.length === 0
          ? null
          : [
              <Button key="cancel" onClick={onClose}>
                取消
              </Button>,
              <Button key="next" onClick={() => void submit(true)} loading={save.isPending}>
                保存并评下一件
              </Button>,
              <Button key="save" type="primary" onClick={() => void submit(false)} loading={save.isPending}>
                保存评分
              </Button>,
            ]
      }
    >
      {round.reviewers.length === 0 ? (
        <Empty description="这个评选还没有评审人。请先在“评选设置”中添加评审人，再录入评分。" />
      ) : (
        <div onKeyDown={onKeyDown} ref={body}>
          <Flex align="center" gap={12} style={{ marginBottom: 16 }}>
            <Typography.Text>评审人</Typography.Text>
            <Segmented aria-label="评审人" options={round.reviewers} value={reviewer} onChange={(value) => switchReviewer(String(value))} />
          </Flex>
          <Form layout="horizontal" labelCol={{ flex: '150px' }} labelAlign="left" colon={false}>
            {round.criteria.map((criterion, index) => (
              <Form.Item key={criterion.key} label={`${criterion.name}（${criterion.weight}%）`} extra={criterion.description || undefined} style={{ marginBottom: 12 }}>
                <Flex gap={8}>
                  <InputNumber
                    aria-label={`${criterion.name}得分`}
                    ref={index === 0 ? firstScore : undefined}
                    min={SCORE_MIN}
                    max={SCORE_MAX}
                    precision={1}
                    placeholder={`${SCORE_MIN}–${SCORE_MAX}`}
                    value={draft.scores[criterion.key] ?? null}
                    onChange={(value) => setDraft((current) => ({ ...current, scores: { ...current.scores, [criterion.key]: value } }))}
                    style={{ width: 110, flex: 'none' }}
                  />
                  <Input
                    aria-label={`${criterion.name}说明`}
                    maxLength={500}
                    placeholder="扣分理由或亮点（可不填）"
                    value={draft.notes[criterion.key] ?? ''}
                    onChange={(event) => {
                      const note = event.target.value;
                      setDraft((current) => ({ ...current, notes: { ...current.notes, [criterion.key]: note } }));
                    }}
                  />
                </Flex>
              </Form.Item>
            ))}
            <Form.Item label="总体评语">
              <Input.TextArea aria-label="评语" rows={2} maxLength={5000} value={draft.comment} onChange={(event) => {
                  const comment = event.target.value;
                  setDraft((current) => ({ ...current, comment }));
                }} placeholder="亮点、不足或需要核实的地方" />
            </Form.Item>
          </Form>
          <Flex justify="space-between" align="baseline">
            <Typography.Text type="secondary">每项 0–100 分，可附一句说明；Tab 切换下一项，Ctrl+Enter 保存。</Typography.Text>
            <Typography.Text strong aria-label="加权得分">
              加权得分：{total === null ? '未评完' : total.toFixed(2)}
            </Typography.Text>
          </Flex>
          <FormError error={error} marginTop={8} />
        </div>
      )}
    </Modal>
  );
}
