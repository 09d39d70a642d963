import { setTimeout as sleep } from 'node:timers/promises';
import type { OcrState } from '../../../shared/model/ocr';
import type { CliContext } from '../cli-context';
import { progressLine } from '../progress-line';

const POLL_MS = 500;

/** `已识别 3/5 页` over the documents being waited for. */
function progressText(states: readonly OcrState[]): string {
  const done = states.reduce((sum, state) => sum + state.pagesDone, 0);
  const total = states.reduce((sum, state) => sum + state.pagesTotal, 0);
  return `正在识别文字… 已识别 ${done}/${total} 页`;
}

/**
 * Recognises these documents' scanned pages in this process and waits for them (the command line
 * leaves background recognition to the app), with a progress line on a terminal.
 */
export async function waitForRecognition(context: CliContext, ids: readonly string[]): Promise<OcrState[]> {
  if (ids.length === 0) return [];
  const progress = progressLine(context);
  let finished: OcrState[] | null = null;
  const waiting = context.call('documents.ocrWait', { ids: [...ids] }).then((states) => {
    finished = states;
  });
  while (finished === null) {
    await Promise.race([waiting, sleep(POLL_MS)]);
    if (finished === null && progress.active) progress.show(progressText(await context.call('documents.ocrStatus', { ids: [...ids] })));
  }
  await waiting;
  progress.clear();
  return finished;
}

/** One document's recognition as a line: 识别完成（2 页，平均置信度 97%）or why not. */
export function recognitionSummary(state: OcrState): string {
  if (state.status !== 'done') return state.message;
  const confidence = state.confidence === null ? '' : `，平均置信度 ${Math.round(state.confidence * 100)}%`;
  return `文字识别完成（${state.pagesDone} 页${confidence}）`;
}
