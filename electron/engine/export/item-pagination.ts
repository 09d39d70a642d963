import type { Block, ExportBook, ExportItem, ListItem } from './export-model';
import { mmToPt, PAGE_SIZE_MM, TEMPLATES, type LayoutTemplate } from './layout-templates';
import { metaLineRows } from './meta-line';
import { widthChars } from './text-width';

/**
 * Where each item of a booklet starts, shared by Word and the print page. In the templates that start
 * items on a new page (公文汇编, 培训讲义) an item longer than most of a page still does, as a compiled
 * booklet sets its documents. A short one runs on after the item before it and is kept whole, so it
 * moves to a new page only when it does not fit in what is left of the page: pages no longer end half
 * empty just because a short notice follows. The first item of a section follows the section's title.
 */

export interface ItemPlacement {
  newPage: boolean;
  keepWhole: boolean;
}

/** An item estimated at more than this share of the type area is long; the estimate errs by a few lines. */
const SHORT_SHARE = 0.8;

interface Metrics {
  areaWidthPt: number;
  areaHeightPt: number;
  bodyLinePt: number;
  /** Body characters a line holds. */
  bodyChars: number;
}

function metrics(t: LayoutTemplate): Metrics {
  const areaWidthPt = mmToPt(PAGE_SIZE_MM.width - t.marginMm.left - t.marginMm.right);
  return {
    areaWidthPt,
    areaHeightPt: mmToPt(PAGE_SIZE_MM.height - t.marginMm.top - t.marginMm.bottom),
    // Word's “multiple” spacing is a multiple of the font's own line, about 1.3 times its size for Chinese faces.
    bodyLinePt: t.lineExactPt ?? t.body.sizePt * t.lineMultiple * 1.3,
    bodyChars: t.grid?.chars ?? Math.floor(areaWidthPt / t.body.sizePt),
  };
}


function lineCount(text: string, charsPerLine: number, indentChars = 0): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil((indentChars + widthChars(line)) / charsPerLine)), 0);
}

function listLines(items: readonly ListItem[], m: Metrics, depth: number): number {
  return items.reduce((sum, item) => {
    const text = item.marker + item.inlines.map((inline) => inline.text).join('');
    return sum + lineCount(text, m.bodyChars, 2 + depth * 2) + listLines(item.children, m, depth + 1);
  }, 0);
}

function blocksHeightPt(blocks: readonly Block[], m: Metrics): number {
  let height = 0;
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        height += lineCount(block.inlines.map((inline) => inline.text).join(''), m.bodyChars, 2) * m.bodyLinePt;
        break;
      case 'list':
        height += listLines(block.items, m, 0) * m.bodyLinePt;
        break;
      case 'table': {
        const columns = Math.max(1, ...block.rows.map((row) => row.length));
        const cellChars = Math.max(1, Math.floor(m.bodyChars / columns));
        height += block.rows.reduce((sum, row) => sum + Math.max(...row.map((cell) => lineCount(cell, cellChars)), 1), 0) * m.bodyLinePt;
        break;
      }
      case 'quote':
        height += blocksHeightPt(block.blocks, m);
        break;
      case 'image':
        height += m.areaHeightPt / 2;
        break;
      case 'rule':
        height += m.bodyLinePt;
        break;
      case 'signature':
        height += (1 + block.lines.length + (block.note ? 1 : 0)) * m.bodyLinePt;
        break;
    }
  }
  return height;
}

/** About how tall an item is set in the template, in points. */
export function estimatedItemHeightPt(item: ExportItem, t: LayoutTemplate): number {
  const m = metrics(t);
  const titleLines = lineCount(item.title, Math.floor(m.areaWidthPt / t.title.sizePt));
  const title = titleLines * t.title.sizePt * 1.45 + m.bodyLinePt;
  const meta = item.metaLine ? lineCount(metaLineRows(item.metaLine, t).join('\n'), Math.floor(m.areaWidthPt / t.meta.sizePt)) * m.bodyLinePt : 0;
  const commentary = item.commentary.length > 0 ? m.bodyLinePt + blocksHeightPt(item.commentary, m) : 0;
  return title + meta + commentary + blocksHeightPt(item.body, m);
}

export function isShortItem(item: ExportItem, t: LayoutTemplate): boolean {
  return estimatedItemHeightPt(item, t) <= SHORT_SHARE * metrics(t).areaHeightPt;
}

/** Each item's placement, by anchor. */
export function itemPlacements(book: ExportBook): Map<string, ItemPlacement> {
  const t = TEMPLATES[book.template];
  const placements = new Map<string, ItemPlacement>();
  for (const section of book.sections) {
    section.items.forEach((item, index) => {
      if (!t.itemPageBreak) return void placements.set(item.anchor, { newPage: false, keepWhole: false });
      const short = isShortItem(item, t);
      placements.set(item.anchor, { newPage: index > 0 && !short, keepWhole: short });
    });
  }
  return placements;
}
