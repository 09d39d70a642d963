import type { DuplicatePreview } from '../../../shared/model/duplicates';
import { shingleCharacters } from './shingles';

/** Characters of a preview paragraph shown before it is cut with “…”. */
export const PREVIEW_LENGTH = 160;

function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A paragraph as compared: letters and digits only, so spacing and punctuation do not count. */
function paragraphKey(paragraph: string): string {
  return shingleCharacters(paragraph)
    .map((code) => String.fromCodePoint(code))
    .join('');
}

function clip(paragraph: string): string {
  const chars = [...paragraph];
  return chars.length > PREVIEW_LENGTH ? `${chars.slice(0, PREVIEW_LENGTH).join('')}…` : paragraph;
}

/**
 * Letters and digits a paragraph needs to be preferred: body paragraphs have more, the lines a site
 * adds around them (a site name, "发布日期：… 来源：…", "编辑：…") have fewer, and say less.
 */
const BODY_PARAGRAPH = 30;

function firstNotIn(own: string[], otherKeys: Set<string>): { text: string; body: boolean } {
  let short = '';
  for (const paragraph of own) {
    const key = paragraphKey(paragraph);
    if (key.length === 0 || otherKeys.has(key)) continue;
    if (key.length >= BODY_PARAGRAPH) return { text: clip(paragraph), body: true };
    short ||= clip(paragraph);
  }
  return { text: short, body: false };
}

/**
 * Where two texts part, for a side-by-side glance: on each side the first paragraph the other text
 * does not have, body paragraphs before short lines ('' when every paragraph of that side is in the
 * other). 'lines' when only short lines differ (a site name, a source line: the bodies are the same);
 * when nothing differs paragraph by paragraph, the two openings instead.
 */
export function duplicatePreview(leftText: string, rightText: string): DuplicatePreview {
  const left = paragraphs(leftText);
  const right = paragraphs(rightText);
  const leftKeys = new Set(left.map(paragraphKey));
  const rightKeys = new Set(right.map(paragraphKey));
  const leftOwn = firstNotIn(left, rightKeys);
  const rightOwn = firstNotIn(right, leftKeys);
  if (leftOwn.body || rightOwn.body) return { kind: 'difference', left: leftOwn.text, right: rightOwn.text };
  if (leftOwn.text || rightOwn.text) return { kind: 'lines', left: leftOwn.text, right: rightOwn.text };
  return { kind: 'opening', left: clip(left[0] ?? ''), right: clip(right[0] ?? '') };
}
