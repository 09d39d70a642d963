/**
 * A document as its format reader hands it to the structure readers: one entry per visual line or
 * paragraph, in reading order, with what the format knows about it (a heading tag, the type size on
 * a PDF page, a block the page marks as navigation). The readers decide what each line is — title,
 * 发文字号, 落款, dateline, chrome — from these and the words; the cleaned text is made from the
 * lines they keep.
 */
export interface SourceLine {
  /** The line's text, trimmed; inner spacing as read. */
  text: string;
  /** What the format says the line is. */
  role: 'text' | 'heading' | 'list-item' | 'table-row' | 'caption';
  /** Heading level 1–6 when role is heading (HTML h1–h6, Word heading styles, a PDF title size). */
  level?: number;
  /** Type size relative to the document's body text (PDF, Word when known): 1 = body, 1.5 = much larger. */
  scale?: number;
  /** Centred on the page or in its column (PDF x position, Word/HTML alignment). */
  centered?: boolean;
  /** Set flush right (a 落款 under the body). */
  rightAligned?: boolean;
  /** Share (0–1) of the line's characters that are link text (HTML). */
  linkShare?: number;
  /** The page marks the block as navigation, header, footer, share bar, comments… (HTML tags, classes, ids). */
  chromeHint?: boolean;
  /** Inside the block an article extractor (Readability) took for the article (HTML). */
  inArticle?: boolean;
  /** 1-based page (PDF). */
  page?: number;
  /** A new paragraph or block starts here (a blank line or a block element before it). */
  blockStart?: boolean;
}

/** Plain text (a .txt file, a Markdown body): one line per text line, a blank line starts a block. */
export function linesOfPlainText(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let blockStart = true;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      blockStart = true;
      continue;
    }
    out.push({ text: line, role: 'text', blockStart });
    blockStart = false;
  }
  return out;
}
