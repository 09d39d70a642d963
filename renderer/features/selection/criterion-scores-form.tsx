import { App, Flex, Form, Input, InputNumber, Typography, type GetRef } from 'antd';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { weightedTotal } from '../../../shared/model/review-workspace';
import type { SelectionCriterion } from '../../../shared/model/selection';
import { errorMessage } from '../../app/api-client';
import { useAutosave, type Autosave } from '../../app/use-autosave';
import { SaveIndicator } from '../drafts/save-indicator';

/** What one reviewer typed for one case: a score (or nothing) and a note per criterion, and a comment. */
export interface ReviewDraft {
  scores: Record<string, number | null>;
  notes: Record<string, string>;
  comment: string;
}

export function draftFrom(criteria: readonly SelectionCriterion[], stored: { scores: Record<string, number>; notes: Record<string, string>; comment: string } | undefined): ReviewDraft {
  return {
    scores: Object.fromEntries(criteria.map((criterion) => [criterion.key, stored?.scores[criterion.key] ?? null])),
    notes: Object.fromEntries(criteria.map((criterion) => [criterion.key, stored?.notes[criterion.key] ?? ''])),
    comment: stored?.comment ?? '',
  };
}

/** The scores typed so far, without the criteria left empty. */
export function givenScores(draft: ReviewDraft): Record<string, number> {
  return Object.fromEntries(Object.entries(draft.scores).filter((entry): entry is [string, number] => entry[1] !== null));
}

/**
 * The scoring form one reviewer fills for one case, criterion by criterion (Tab moves through them,
 * Ctrl+Enter submits): the same in a round's 评分 dialog and in a reviewer's 评审工作台. What is typed
 * is saved as it is typed, like a draft: a moment after typing stops, when focus leaves the form, when
 * it unmounts and when the window goes (a copy kept locally is sent on the next open).
 */
export function CriterionScoresForm({
  criteria,
  scoreRange,
  stored,
  localKey,
  send,
  errorLabel,
  autosaveRef,
  firstScoreRef,
  focusFirst,
  onSubmit,
  saveDelayMs = 600,
  submitHint = 'Ctrl+Enter 保存并关闭',
}: {
  criteria: readonly SelectionCriterion[];
  scoreRange: { min: number; max: number };
  stored: ReviewDraft;
  /** Local-storage key of this reviewer's scores for this case. */
  localKey: string;
  send: (draft: ReviewDraft) => Promise<void>;
  /** Whose scores, for the message when a save fails. */
  errorLabel: string;
  autosaveRef?: React.RefObject<Autosave<ReviewDraft> | null>;
  firstScoreRef?: React.RefObject<GetRef<typeof InputNumber> | null>;
  /** Focus the first score on mount. */
  focusFirst: boolean;
  onSubmit: () => void;
  saveDelayMs?: number;
  /** What Ctrl+Enter does here, for the hint under the form. */
  submitHint?: string;
}) {
  const { message } = App.useApp();
  const typed = useRef<ReviewDraft | null>(null);
  const autosave = useAutosave<ReviewDraft>({
    localKey,
    stored,
    debounceMs: saveDelayMs,
    read: () => typed.current,
    send,
    onError: (cause) => void message.error(`${errorLabel}的评分没有保存，稍后自动重试：${errorMessage(cause)}`),
  });
  useLayoutEffect(() => {
    if (autosaveRef) autosaveRef.current = autosave;
  });
  const [draft, setDraft] = useState<ReviewDraft>(() => autosave.recovered ?? stored);
  const ownFirstScore = useRef<GetRef<typeof InputNumber>>(null);
  const firstScore = firstScoreRef ?? ownFirstScore;
  const [focusOnMount] = useState(focusFirst);
  useEffect(() => {
    if (focusOnMount) firstScore.current?.focus();
  }, [focusOnMount, firstScore]);
  const total = useMemo(() => weightedTotal(criteria, draft.scores), [criteria, draft.scores]);

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
        {criteria.map((criterion, index) => (
          <Form.Item key={criterion.key} label={`${criterion.name}（${criterion.weight}%）`} extra={criterion.description || undefined} style={{ marginBottom: 12 }}>
            <Flex gap={8}>
              <InputNumber
                aria-label={`${criterion.name}得分`}
                ref={index === 0 ? firstScore : undefined}
                min={scoreRange.min}
                max={scoreRange.max}
                precision={1}
                placeholder={`${scoreRange.min}–${scoreRange.max}`}
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
        <Typography.Text type="secondary">
          每项 {scoreRange.min}–{scoreRange.max} 分，可附一句说明；输入即自动保存，Tab 切换下一项，{submitHint}。
        </Typography.Text>
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
