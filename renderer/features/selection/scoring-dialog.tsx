import { App, Button, Empty, Flex, Form, Input, InputNumber, Modal, Segmented, Typography, type GetRef } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { SCORE_MAX, SCORE_MIN, type RankedSubmission, type RoundDetail } from '../../../shared/model/selection';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys, refreshAfterChange } from '../../app/queries';
import { useAutosave, type Autosave } from '../../app/use-autosave';
import { FormError } from '../../components/form-error';
import { SaveIndicator } from '../drafts/save-indicator';

/** What one reviewer typed for one case: a score (or nothing) and a note per criterion, and a comment. */
interface ReviewDraft {
  scores: Record<string, number | null>;
  notes: Record<string, string>;
  comment: string;
}

/** Scores are sent this long after typing stops (and at once on a reviewer switch, blur or close). */
const SAVE_DELAY_MS = 600;

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

function storedDraft(round: RoundDetail, row: RankedSubmission, reviewer: string): ReviewDraft {
  const review = reviewOf(row, reviewer);
  return {
    scores: Object.fromEntries(round.criteria.map((criterion) => [criterion.key, review?.scores[criterion.key] ?? null])),
    notes: Object.fromEntries(round.criteria.map((criterion) => [criterion.key, review?.notes[criterion.key] ?? ''])),
    comment: review?.comment ?? '',
  };
}

/**
 * 评分: one reviewer's scores for one case, criterion by criterion (Tab moves through them, Ctrl+Enter
 * saves and closes). What is typed is saved as it is typed, like a draft: a moment after typing stops,
 * on switching to another reviewer, when a field loses focus, on closing and when the window goes.
 * “保存并评下一件” goes on to the next case in the table the reviewer has not finished.
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
  const row = round.submissions.find((submission) => submission.document.id === documentId);
  const [reviewer, setReviewer] = useState(initialReviewer !== null && round.reviewers.includes(initialReviewer) ? initialReviewer : (round.reviewers[0] ?? ''));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<Autosave<ReviewDraft> | null>(null);
  const firstScore = useRef<GetRef<typeof InputNumber>>(null);
  const [opened, setOpened] = useState(false);
  const queryClient = useQueryClient();

  if (!row) return null;

  /** Sends what is typed now; false (with the reason shown) when it did not reach the library. */
  const saveNow = async (): Promise<boolean> => {
    setError(null);
    try {
      await current.current?.flush();
      if (current.current?.hasUnsavedChanges()) throw new Error('评分没有保存，请检查网络或资料库后重试。');
      return true;
    } catch (cause) {
      setError(errorMessage(cause));
      return false;
    }
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

  const finish = async (goNext: boolean) => {
    // A second 关闭 after a failed save closes anyway: the form keeps a local copy and sends it next time.
    if (!goNext && error !== null) {
      onClose();
      return;
    }
    setBusy(true);
    try {
      if (!(await saveNow())) return;
      const fresh = goNext ? await api['rounds.get']({ id: round.id }) : null;
      const next = fresh ? nextUnfinished(fresh) : null;
      if (next) onNavigate(next, reviewer);
      else onClose();
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  const switchReviewer = async (name: string) => {
    // The form of the reviewer left behind sends its scores as it unmounts; flushing first shows a failure here.
    await saveNow();
    setReviewer(name);
  };

  const sent = async (fresh: RoundDetail) => {
    queryClient.setQueryData(queryKeys.round(round.id), fresh);
    await refreshAfterChange(queryClient);
  };

  return (
    <Modal
      open
      width={720}
      title={<span className="casebook-dialog-title">评分：{row.document.title}</span>}
      onCancel={() => void finish(false)}
      destroyOnHidden
      // The first score field takes the focus once the dialog has opened, so scoring starts typing at once;
      // unless the user already clicked or typed inside it while it was still opening.
      afterOpenChange={(open) => {
        setOpened(open);
        const active = document.activeElement;
        if (open && !(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)) firstScore.current?.focus();
      }}
      footer={
        round.reviewers.length === 0
          ? null
          : [
              <Button key="close" onClick={() => void finish(false)} disabled={busy}>
                关闭
              </Button>,
              <Button key="next" onClick={() => void finish(true)} loading={busy}>
                保存并评下一件
              </Button>,
              <Button key="save" type="primary" onClick={() => void finish(false)} loading={busy}>
                保存评分
              </Button>,
            ]
      }
    >
      {round.reviewers.length === 0 ? (
        <Empty description="这个评选还没有评审人。请先在“评选设置”中添加评审人，再录入评分。" />
      ) : (
        <>
          <Flex align="center" gap={12} style={{ marginBottom: 16 }}>
            <Typography.Text>评审人</Typography.Text>
            <Segmented aria-label="评审人" options={round.reviewers} value={reviewer} onChange={(value) => void switchReviewer(String(value))} />
          </Flex>
          <ReviewerScores
            key={reviewer}
            round={round}
            row={row}
            reviewer={reviewer}
            autosaveRef={current}
            firstScoreRef={firstScore}
            focusFirst={opened}
            onSent={sent}
            onSubmit={() => void finish(false)}
          />
          <FormError error={error} marginTop={8} />
        </>
      )}
    </Modal>
  );
}

/** One reviewer's form, autosaved under its own key; switching reviewer unmounts it, which sends what is left. */
function ReviewerScores({
  round,
  row,
  reviewer,
  autosaveRef,
  firstScoreRef,
  focusFirst,
  onSent,
  onSubmit,
}: {
  round: RoundDetail;
  row: RankedSubmission;
  reviewer: string;
  autosaveRef: React.RefObject<Autosave<ReviewDraft> | null>;
  firstScoreRef: React.RefObject<GetRef<typeof InputNumber> | null>;
  /** Focus the first score on mount (a reviewer chosen in an open dialog). */
  focusFirst: boolean;
  onSent: (fresh: RoundDetail) => Promise<void>;
  onSubmit: () => void;
}) {
  const { message } = App.useApp();
  const stored = useMemo(() => storedDraft(round, row, reviewer), [round, row, reviewer]);
  const typed = useRef<ReviewDraft | null>(null);
  const autosave = useAutosave<ReviewDraft>({
    localKey: `casebook.unsavedScores.${round.id}.${row.document.id}.${reviewer}`,
    stored,
    debounceMs: SAVE_DELAY_MS,
    read: () => typed.current,
    send: async (draft) => {
      const scores = Object.fromEntries(Object.entries(draft.scores).filter((entry): entry is [string, number] => entry[1] !== null));
      const fresh = await api['rounds.saveScores']({ roundId: round.id, documentId: row.document.id, reviewer, scores, notes: draft.notes, comment: draft.comment });
      await onSent(fresh);
    },
    onError: (cause) => void message.error(`${reviewer}的评分没有保存，稍后自动重试：${errorMessage(cause)}`),
  });
  useLayoutEffect(() => {
    autosaveRef.current = autosave;
  });
  const [draft, setDraft] = useState<ReviewDraft>(() => autosave.recovered ?? stored);
  const [focusOnMount] = useState(focusFirst);
  useEffect(() => {
    if (focusOnMount) firstScoreRef.current?.focus();
  }, [focusOnMount, firstScoreRef]);
  const total = useMemo(() => weighted(round, draft.scores), [round, draft.scores]);

  const change = (update: (old: ReviewDraft) => ReviewDraft) => {
    setDraft((old) => {
      const next = update(old);
      typed.current = next;
      return next;
    });
    autosave.markDirty();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <div
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Focus leaving the form (not moving between its fields) sends what was typed.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void autosave.flush();
      }}
    >
      <Form layout="horizontal" labelCol={{ flex: '150px' }} labelAlign="left" colon={false}>
        {round.criteria.map((criterion, index) => (
          <Form.Item key={criterion.key} label={`${criterion.name}（${criterion.weight}%）`} extra={criterion.description || undefined} style={{ marginBottom: 12 }}>
            <Flex gap={8}>
              <InputNumber
                aria-label={`${criterion.name}得分`}
                ref={index === 0 ? firstScoreRef : undefined}
                min={SCORE_MIN}
                max={SCORE_MAX}
                precision={1}
                placeholder={`${SCORE_MIN}–${SCORE_MAX}`}
                value={draft.scores[criterion.key] ?? null}
                onChange={(value) => change((old) => ({ ...old, scores: { ...old.scores, [criterion.key]: value } }))}
                style={{ width: 110, flex: 'none' }}
              />
              <Input
                aria-label={`${criterion.name}说明`}
                maxLength={500}
                placeholder="扣分理由或亮点（可不填）"
                value={draft.notes[criterion.key] ?? ''}
                onChange={(event) => {
                  const note = event.target.value;
                  change((old) => ({ ...old, notes: { ...old.notes, [criterion.key]: note } }));
                }}
              />
            </Flex>
          </Form.Item>
        ))}
        <Form.Item label="总体评语">
          <Input.TextArea
            aria-label="评语"
            rows={2}
            maxLength={5000}
            value={draft.comment}
            onChange={(event) => {
              const comment = event.target.value;
              change((old) => ({ ...old, comment }));
            }}
            placeholder="亮点、不足或需要核实的地方"
          />
        </Form.Item>
      </Form>
      <Flex justify="space-between" align="baseline" gap={12}>
        <Typography.Text type="secondary">每项 0–100 分，可附一句说明；输入即自动保存，Tab 切换下一项，Ctrl+Enter 保存并关闭。</Typography.Text>
        <Flex gap={12} align="baseline">
          <SaveIndicator status={autosave.status} savedAt={autosave.savedAt} />
          <Typography.Text strong aria-label="加权得分" style={{ whiteSpace: 'nowrap' }}>
            加权得分：{total === null ? '未评完' : total.toFixed(2)}
          </Typography.Text>
        </Flex>
      </Flex>
    </div>
  );
}
