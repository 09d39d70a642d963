import { mmToPt, PAGE_SIZE_MM, type LayoutTemplate } from './layout-templates';
import { widthChars } from './text-width';

/**
 * The 来源/发布日期 line under an item's title, set in rows that break between its parts: a part that
 * does not fit on the row goes to the next one whole, so “发文字号：台住建〔2024〕47号” or “发布日期：
 * 2024年7月8日” is never cut in two with “日” alone on a row. Word and the print page break it alike.
 */

/** Where one part of the line ends and the next begins (export-items.ts joins them with U+3000). */
const PART_BREAK = /\u3000(?=(?:来源|发文机关|发文字号|作者|发布日期)：)/;

function metaCharsPerLine(t: LayoutTemplate): number {
  // The 公文 grid condenses body-size text to 28 characters a line; other sizes fill the width.
  if (t.grid && t.meta.sizePt === t.body.sizePt) return t.grid.chars;
  return Math.floor(mmToPt(PAGE_SIZE_MM.width - t.marginMm.left - t.marginMm.right) / t.meta.sizePt);
}

/**
 * Word, WPS and LibreOffice put a quarter of a character between Chinese and a run of Latin letters or
 * digits (“2024 年 7 月 8 日”); a row is measured with that space, so it fits in them all.
 */
function rowWidth(row: string): number {
  return widthChars(row) + (row.match(/[\x21-\x7e]+/g)?.length ?? 0) * 0.5;
}

export function metaLineRows(line: string, t: LayoutTemplate): string[] {
  const perLine = metaCharsPerLine(t);
  const rows: string[] = [];
  for (const part of line.split(PART_BREAK)) {
    const last = rows.length - 1;
    const joined = last >= 0 ? `${rows[last]}\u3000${part}` : part;
    if (last >= 0 && rowWidth(joined) <= perLine) rows[last] = joined;
    else rows.push(part);
  }
  return rows;
}
