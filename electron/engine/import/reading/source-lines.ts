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
  /** A list item's nesting (0 = top level) and its marker as the text writes it ("• ", "2. "). */
  depth?: number;
  marker?: string;
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
  /** A running header or footer the pages repeat (PDF): never text, though it may name the paper and its date. */
  furniture?: boolean;
  /**
   * The line's text is the alt text of pictures (a seal set over the 落款 as an image, HTML): the name a reader sees on
   * the seal. Kept only where a date follows it, as a signature's does; a logo's alt elsewhere is no text.
   */
  fromImages?: boolean;
}

/**
 * Lines as the cleaned text writes them: a blank line between blocks; list items ("• ", "1. ",
 * indented two spaces a level) and table rows ("a | b") one to a line, so exports read the structure back.
 */
export function textOfLines(lines: readonly SourceLine[]): string {
  let text = '';
  let previous: SourceLine | undefined;
  for (const line of lines) {
    const grouped = previous !== undefined && ((line.role === 'list-item' && previous.role === 'list-item') || (line.role === 'table-row' && previous.role === 'table-row'));
    if (previous !== undefined) text += grouped || !line.blockStart ? '\n' : '\n\n';
    text += line.role === 'list-item' && line.marker !== undefined ? `${'  '.repeat(line.depth ?? 0)}${line.marker}${line.text}` : line.text;
    previous = line;
  }
  return text;
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
