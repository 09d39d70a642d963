import type { PdfLine } from './page-lines';

/** Latin words broken over two lines are joined with a space; anything next to Chinese without one. */
const LATIN_END = /[A-Za-z0-9,.;:!?)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;
const SENTENCE_END = /[。！？：；]$/;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Lines of one page joined into paragraphs. A line continues the one above when it has the same
 * size, the one above ran to the right margin without ending a sentence there, it is not indented,
 * and the spacing is the page's usual line spacing. Chinese runs join without a space.
 */
export function linesToParagraphs(lines: PdfLine[]): string[] {
  if (lines.length === 0) return [];
  const rightMargin = Math.max(...lines.map((line) => line.right));
  const leftMargin = Math.min(...lines.map((line) => line.x));
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const gap = (lines[index - 1]?.y ?? 0) - (lines[index]?.y ?? 0);
    if (gap > 0) gaps.push(gap);
  }
  const usualGap = median(gaps) || 0;
  const paragraphs: string[] = [];
  let current = lines[0]?.text ?? '';
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1] as PdfLine;
    const line = lines[index] as PdfLine;
    const gap = previous.y - line.y;
    const continues =
      Math.abs(previous.size - line.size) <= previous.size * 0.1 &&
      previous.right >= rightMargin - previous.size * 2 &&
      !SENTENCE_END.test(previous.text) &&
      line.x <= leftMargin + line.size * 0.5 &&
      gap > 0 &&
      (usualGap === 0 || gap <= usualGap * 1.4);
    if (continues) {
      const glue = LATIN_END.test(current) && LATIN_START.test(line.text) ? ' ' : '';
      current += glue + line.text;
    } else {
      paragraphs.push(current);
      current = line.text;
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

/** The title on the first page: its largest type, clearly larger than the body, near the top. */
export function titleFromFirstPage(lines: PdfLine[], height: number): string | null {
  const upper = lines.filter((line) => line.y >= height * 0.4);
  if (upper.length === 0 || lines.length < 2) return null;
  const body = median(lines.map((line) => line.size));
  const largest = Math.max(...upper.map((line) => line.size));
  if (largest < body * 1.2) return null;
  const start = lines.findIndex((line) => line.size >= largest * 0.95 && line.y >= height * 0.4);
  const parts: string[] = [];
  for (let index = start; index < lines.length && parts.length < 3; index += 1) {
    const line = lines[index] as PdfLine;
    if (line.size < largest * 0.95) break;
    parts.push(line.text);
  }
  const title = parts.join('').trim();
  return title.length >= 2 && title.length <= 120 ? title : null;
}
