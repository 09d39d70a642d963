import type { RecognisedPageLines } from '../importer';
import type { SourceLine } from '../reading/source-lines';

/** Recognised type this much larger than the body is a heading (sizes read from a scan vary more than a text layer's). */
const HEADING_SCALE = 1.25;

/** Pages recognition has still to read (null: an image): the report says so instead of "无法检索". */
export function recognitionPendingWarning(pages: readonly number[] | null): string {
  if (pages === null) return '正在识别文字…：图片中的文字在后台识别，完成后即可检索。';
  const which = pages.length > 10 ? `${pages.length} 页` : `第 ${pages.join('、')} 页`;
  return `正在识别文字…：${which}是扫描页，在后台识别，完成后即可检索。`;
}

/**
 * Recognised pages as the structure readers take them: type clearly larger than the body is a
 * heading (the largest on the first recognised page at level 1, as for a PDF's text layer).
 */
export function recognisedSourceLines(pages: readonly RecognisedPageLines[]): SourceLine[] {
  const lines = [...pages].sort((a, b) => a.page - b.page).flatMap((page) => page.lines);
  const headingScales = lines.filter((line) => line.role === 'text' && (line.scale ?? 1) >= HEADING_SCALE).map((line) => line.scale ?? 1);
  const top = headingScales.length > 0 ? Math.max(...headingScales) : Infinity;
  return lines.map((line) => {
    if (line.role !== 'text' || (line.scale ?? 1) < HEADING_SCALE) return line;
    return { ...line, role: 'heading', level: (line.scale ?? 1) >= top * 0.95 ? 1 : 2 };
  });
}

/** A document's text-layer lines and its recognised pages, in page order (lines of one page keep their order). */
export function withRecognisedPages(textLines: readonly SourceLine[], pages: readonly RecognisedPageLines[]): SourceLine[] {
  const recognised = recognisedSourceLines(pages);
  const byPage = (line: SourceLine): number => line.page ?? 1;
  return [...textLines, ...recognised].map((line, index) => ({ line, index })).sort((a, b) => byPage(a.line) - byPage(b.line) || a.index - b.index).map(({ line }) => line);
}
