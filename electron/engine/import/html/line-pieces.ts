import type { SourceLine } from '../reading/source-lines';
import type { HElement } from './html-dom';

/**
 * The pieces of text a page line is put together from, each with what surrounds it (chrome, a link,
 * the article, its type size), and what a line's pieces add up to.
 */

/** What surrounds a piece of text where it sits in the page. */
export interface PieceContext {
  chrome: boolean;
  /** The link (<a>) the text is in. */
  link: HElement | null;
  article: boolean;
  px: number;
}
export interface Piece {
  text: string;
  chars: number;
  context: PieceContext;
  /** Read from a picture's alt text (a seal naming a body). */
  image?: boolean;
}
export interface ReadLine extends SourceLine {
  /** Cells of a table row, for the 信息公开 reader. */
  cells?: string[];
  /** Dominant type size in px. */
  px: number;
}

export interface PieceStats {
  chars: number;
  link: number;
  chrome: number;
  article: number;
  px: number;
}

export function pieceStats(pieces: Piece[]): PieceStats {
  let chars = 0;
  let link = 0;
  let chrome = 0;
  let article = 0;
  const bySize = new Map<number, number>();
  for (const piece of pieces) {
    chars += piece.chars;
    if (piece.context.link) link += piece.chars;
    if (piece.context.chrome) chrome += piece.chars;
    if (piece.context.article) article += piece.chars;
    const px = Math.round(piece.context.px * 10) / 10;
    bySize.set(px, (bySize.get(px) ?? 0) + piece.chars);
  }
  const px = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 16;
  return { chars, link, chrome, article, px };
}

/** What a line's characters say about it: how much is link text, chrome, article; its usual type size. */
export function lineShares(stats: PieceStats) {
  return {
    linkShare: Math.round((stats.link / stats.chars) * 100) / 100,
    chromeHint: stats.chrome * 2 >= stats.chars,
    inArticle: stats.article * 2 > stats.chars,
    px: stats.px,
  };
}
