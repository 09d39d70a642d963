import { normalizeWhitespace } from '../normalize-text';
import { removeChromeLines } from './chrome-lines';
import { removeLeadingSpam } from './leading-spam';
import { normalizePunctuation } from './punctuation';
import { repairRadicals } from '../../text/radicals';
import { collapseRepeatedBody } from './repeated-body';
import { removeTailBlocks } from './tail-blocks';

export interface CleanOptions {
  /** Remove web-page chrome (breadcrumbs, counters, footers, related lists, spam before the title). */
  chrome: boolean;
  /** The title when the file states it (a page's <h1>): lines before it are stray. */
  title?: string | null;
}

/**
 * The cleaned text that is shown and searched. Characters of the text itself are kept: only chrome,
 * repeated copies, whitespace and punctuation forms change.
 */
export function cleanText(raw: string, options: CleanOptions): string {
  let text = normalizePunctuation(normalizeWhitespace(repairRadicals(raw)));
  if (options.chrome) {
    text = removeChromeLines(text);
    text = removeTailBlocks(text);
    text = removeLeadingSpam(normalizeWhitespace(text), options.title);
  }
  text = collapseRepeatedBody(text);
  return normalizeWhitespace(text);
}
