import type { SourceLine } from '../reading/source-lines';
import { childNodesOf, classList, type HElement } from './html-dom';

/**
 * A page line's role from the blocks it sits in (innermost last): heading (h1–h6), list-item (with
 * its nesting and marker), caption (figcaption/caption, a caption-named block, a short line right
 * after an image), else text.
 */

export interface LineRole {
  role: SourceLine['role'];
  level?: number;
  depth?: number;
  marker?: string;
}

/** Blocks a list item's or heading's role passes through ("<li><p>…</p></li>"). */
const ROLE_PASS = new Set(['P', 'DIV', 'SPAN', 'CENTER', 'FONT', 'DT', 'DD', 'ADDRESS']);
const HEADING = /^H([1-6])$/;
/** A list item or heading holding more than this is a container, not a line's role. */
const ROLE_MAX_CHARS = 1000;
const CAPTION_MAX_CHARS = 150;
const CAPTION_NAME = /caption|pic[-_]?(?:text|title|desc|info|note|tit|txt)|img[-_]?(?:text|title|desc|txt|tit|note)|photo[-_]?(?:text|desc|title)|tuzhu|imgdesc/i;

/** A list item's nesting and its marker as the text writes lists: "• " or its number in an ordered list. */
function listPlace(frames: readonly HElement[], item: HElement): { depth: number; marker: string } {
  const lists = frames.filter((frame) => /^(?:UL|OL|MENU|DIR)$/i.test(frame.tagName));
  const list = lists.at(-1);
  if (!list || !/^OL$/i.test(list.tagName)) return { depth: Math.max(0, lists.length - 1), marker: '• ' };
  const start = Number(list.getAttribute('start') ?? '1') || 1;
  const items = childNodesOf(list).filter((child): child is HElement => 'tagName' in child && /^LI$/i.test((child as HElement).tagName));
  return { depth: Math.max(0, lists.length - 1), marker: `${start + Math.max(0, items.indexOf(item))}. ` };
}

/** The role the enclosing blocks give, looking out through at most a few pass-through blocks. */
function structuralRole(frames: readonly HElement[], charsIn: (element: HElement) => number): LineRole {
  let passed = 0;
  for (let index = frames.length - 1; index >= 0 && passed <= 3; index -= 1) {
    const element = frames[index];
    if (!element) break;
    const tag = element.tagName.toUpperCase();
    const container = charsIn(element) > ROLE_MAX_CHARS;
    const heading = HEADING.exec(tag);
    if (heading && !container) return { role: 'heading', level: Number(heading[1]) };
    if (tag === 'LI' && !container) return { role: 'list-item', ...listPlace(frames, element) };
    if (tag === 'FIGCAPTION' || tag === 'CAPTION') return { role: 'caption' };
    if (!ROLE_PASS.has(tag)) break;
    passed += 1;
  }
  return { role: 'text' };
}

/**
 * The role of a line read inside `frames`: the structural role, or caption for a text line in a
 * caption-named block or a short one right after an image.
 */
export function lineRole(frames: readonly HElement[], charsIn: (element: HElement) => number, line: { afterImage: boolean; chars: number }): LineRole {
  const found = structuralRole(frames, charsIn);
  const block = frames[frames.length - 1] ?? null;
  const captionNamed = block !== null && CAPTION_NAME.test(`${classList(block).join(' ')} ${block.getAttribute('id') ?? ''}`);
  if (found.role === 'text' && (captionNamed || (line.afterImage && line.chars <= CAPTION_MAX_CHARS))) return { ...found, role: 'caption' };
  return found;
}
