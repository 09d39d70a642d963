/**
 * CSS and old-HTML values turned into what a line needs: a font size in px (CSS lengths and
 * keywords, <font size>, the browser's default sizes of headings and small/big), and an alignment
 * word (text-align values, align= attributes).
 */

const KEYWORD_SIZES: Record<string, number> = { 'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32 };
/** <font size="1".."7"> in px. */
const FONT_TAG_SIZES = [10, 13, 16, 18, 24, 32, 48];
/** Browser defaults relative to the parent's size. */
export const TAG_EM: Record<string, number> = { H1: 2, H2: 1.5, H3: 1.17, H4: 1, H5: 0.83, H6: 0.67, SMALL: 0.83, BIG: 1.2, SUB: 0.83, SUP: 0.83 };

export function cssSize(value: string | null | undefined, parentPx: number): number | null {
  if (!value) return null;
  const keyword = KEYWORD_SIZES[value];
  if (keyword) return keyword;
  if (value === 'smaller') return parentPx / 1.2;
  if (value === 'larger') return parentPx * 1.2;
  const match = /^((?:\d*\.)?\d+)(px|pt|em|rem|%)$/.exec(value);
  if (!match) return null;
  const number = Number(match[1]);
  switch (match[2]) {
    case 'px':
      return number;
    case 'pt':
      return (number * 4) / 3;
    case 'em':
      return number * parentPx;
    case 'rem':
      return number * 16;
    default:
      return (number * parentPx) / 100;
  }
}

export function fontTagSize(size: string | null): number | null {
  if (!size) return null;
  const match = /^\s*([+-]?)(\d)\s*$/.exec(size);
  if (!match) return null;
  const level = match[1] === '+' ? 3 + Number(match[2]) : match[1] === '-' ? 3 - Number(match[2]) : Number(match[2]);
  return FONT_TAG_SIZES[Math.min(7, Math.max(1, level)) - 1] ?? null;
}

export const ALIGN_ATTRIBUTE_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION', 'LEGEND', 'SECTION']);

export function alignWord(value: string | null | undefined): 'center' | 'right' | 'left' | null {
  const word = value?.trim().toLowerCase();
  if (!word) return null;
  if (word === 'center' || word === 'middle' || word === '-webkit-center') return 'center';
  if (word === 'right' || word === 'end' || word === '-webkit-right') return 'right';
  if (word === 'left' || word === 'justify' || word === 'start') return 'left';
  return null;
}
