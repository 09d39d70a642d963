import { isPageFolio } from './chrome-rules';
import { NUMBERED, SENTENCE_END } from './line-features';
import type { SourceLine } from './source-lines';

/**
 * Text copied out of a PDF or a fixed-width page keeps the page's line breaks: every line of a
 * paragraph runs to the same width and stops mid-word ("…实行挂牌上岗、亮明身" / "份，每个…"), so a
 * word split there is not found by search. When most long lines share one width, a line at that
 * width that does not end a sentence runs on into the next, and the two are one line again.
 */

/** Chinese characters and full-width marks take a column; Latin letters and digits half of one. */
function columns(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}

/** The width the page wrapped at, or null when the lines do not share one. */
function wrapWidth(lines: readonly SourceLine[]): number | null {
  const widths = lines.map((line) => columns(line.text)).filter((width) => width >= 12);
  if (widths.length < 5) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] as number;
  const runOn = lines.filter((line) => reachesWidth(line, width));
  return runOn.length >= 4 && runOn.length >= widths.length * 0.3 ? width : null;
}

/** At the wrap width (a paragraph's first line is indented two columns, which copying drops) and not the end of a sentence. */
function reachesWidth(line: SourceLine, width: number): boolean {
  const lineWidth = columns(line.text);
  return lineWidth >= width - 2.5 && lineWidth <= width + 1.5 && !SENTENCE_END.test(line.text) && !/[:：]$/.test(line.text);
}

/** A sentence's line broken inside a figure ("…住户230" / "0余户，…"): no line of a text ends there on purpose. */
function splitFigure(line: SourceLine, next: SourceLine): boolean {
  // (A sentence's line: it has a clause behind it and no label; an info line ending on a year is none, nor is a date
  // opening the next line.)
  const sentence = /[，、]/.test(line.text) && !/[:：]/.test(line.text) && line.text.trim().length >= 20;
  return sentence && !next.blockStart && !NUMBERED.test(next.text) && /[\p{Script=Han}，、][^\n]{0,6}\d$/u.test(line.text) && /^\d+(?:[\p{Script=Han}%％]|\.\d)/u.test(next.text) && !/^\d{1,4}\s*[年月日时点]/u.test(next.text) && !isPageFolio(next.text);
}

export function joinHardWrappedLines(lines: readonly SourceLine[]): SourceLine[] {
  const width = wrapWidth(lines);
  if (width === null) return joinSplitFigures(lines);
  const joined: SourceLine[] = [];
  let runsOn = false;
  for (const line of lines) {
    const previous = joined.at(-1);
    if (isPageFolio(line.text)) {
      // The page number goes later (chrome); the paragraph it cut is joined when the text is assembled.
      joined.push(line);
      runsOn = false;
      continue;
    }
    if (previous && ((runsOn && !line.blockStart && !NUMBERED.test(line.text)) || splitFigure(previous, line))) {
      joined[joined.length - 1] = { ...previous, text: previous.text + line.text };
    } else {
      joined.push(line);
    }
    runsOn = reachesWidth(line, width);
  }
  return joined;
}

function joinSplitFigures(lines: readonly SourceLine[]): SourceLine[] {
  const joined: SourceLine[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous && splitFigure(previous, line)) joined[joined.length - 1] = { ...previous, text: previous.text + line.text };
    else joined.push(line);
  }
  return joined;
}
