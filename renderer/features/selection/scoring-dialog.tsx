import { Button, Empty, Flex, type InputNumber, Modal, Segmented, Typography, type GetRef } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { SCORE_MAX, SCORE_MIN, type RankedSubmission, type RoundDetail } from '../../../shared/model/selection';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys, refreshAfterChange } from '../../app/queries';
import type { Autosave } from '../../app/use-autosave';
import { FormError } from '../../components/form-error';
import { CriterionScoresForm, draftFrom, givenScores, type ReviewDraft } from './criterion-scores-form';

/** Scores are sent this long after typing stops (and at once on a reviewer switch, blur or close). */
const SAVE_DELAY_MS = 600;

function reviewOf(row: RankedSubmission, reviewer: string) {
  return row.reviews.find((review) => review.reviewer === reviewer);
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
  const stored = useMemo(() => draftFrom(round.criteria, reviewOf(row, reviewer)), [round, row, reviewer]);
  return (
    <CriterionScoresForm
      criteria={round.criteria}
      scoreRange={{ min: SCORE_MIN, max: SCORE_MAX }}
      stored={stored}
      localKey={`casebook.unsavedScores.${round.id}.${row.document.id}.${reviewer}`}
      send={async (draft) => {
        const fresh = await api['rounds.saveScores']({ roundId: round.id, documentId: row.document.id, reviewer, scores: givenScores(draft), notes: draft.notes, comment: draft.comment });
        await onSent(fresh);
      }}
      errorLabel={reviewer}
      autosaveRef={autosaveRef}
      firstScoreRef={firstScoreRef}
      focusFirst={focusFirst}
      onSubmit={onSubmit}
      saveDelayMs={SAVE_DELAY_MS}
    />
  );
}
