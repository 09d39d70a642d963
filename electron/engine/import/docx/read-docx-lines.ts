import { CasebookError, isCasebookError } from '../../../../shared/api/errors';
import type { SourceLine } from '../reading/source-lines';
import { BlockReader } from './block-reader';
import { checkDocxContainer } from './container-check';
import { DAMAGED_DOCX, DocxPackage } from './docx-package';
import { DocxStyles } from './docx-styles';
import { ListNumbering } from './list-numbering';
import { weightedSize } from './paragraph-reader';
import { attr, child, kids, type XmlElement } from './xml-element';
import { guardZip } from './zip-guard';

/**
 * A Word file as SourceLines: one per paragraph (a soft line break inside one starts a further line
 * of the same block), list item or table row, in document order, read straight from the package's
 * XML — mammoth's HTML keeps neither alignment nor type size.
 *
 * - role: heading for Word's heading styles (Heading 1–9, 标题 1–9, Title/标题 → 1, Subtitle/副标题
 *   → 2, or an outline level on the paragraph or its style), list-item for numbered and bulleted
 *   paragraphs (the number as Word shows it, "一、" "（二）" "3.", starts the text; bullets are
 *   left out), table-row for a data table's row (cells joined by " | "). A layout table (one
 *   column, borderless, a table or a long passage inside a cell) is read cell by cell as paragraphs.
 * - scale: the paragraph's type size (runs, their character styles, the paragraph style chain,
 *   the document defaults) relative to the body's, the size most characters are set in.
 * - centered / rightAligned: the paragraph's alignment (w:jc, own or from its style); also a short
 *   paragraph pushed right by its indent or leading spaces (a hand-made 落款), or centred by them.
 * - blockStart: true where a paragraph, a list or a table starts; false for the lines after a soft
 *   break, for a list's items after the first and for a table's rows after the first.
 *
 * Headers and footers (page numbers), comments, footnote marks and deleted text (tracked
 * deletions, moved-away text) are not read; tracked insertions are. Text in text boxes is read as
 * paragraphs where the box is anchored; footnotes and endnotes follow the body.
 */
export interface DocxLines {
  lines: SourceLine[];
  warnings: string[];
}

const TRACKED_DELETIONS_WARNING = '文档含有修订痕迹：已按接受全部修订后的内容读取，删除的文字未导入。';
const COMMENTS_WARNING = '文档中的批注未导入。';
const ALT_CHUNK_WARNING = '文档中嵌入的外部内容（altChunk）未能读取。';

/**
 * A .docx → SourceLines. The container and ZIP checks run first (encrypted, an old .doc renamed,
 * a ZIP bomb, a truncated file), as for the Word importer.
 */
export async function readDocxLines(bytes: Buffer): Promise<DocxLines> {
  checkDocxContainer(bytes);
  const entries = guardZip(bytes);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new CasebookError('IMPORT_FAILED', '文件已损坏或不是 Word 文档（.docx）：缺少正文部分。', 'no word/document.xml');
  }
  try {
    return readPackage(new DocxPackage(bytes));
  } catch (error) {
    if (isCasebookError(error)) throw error;
    throw new CasebookError('IMPORT_FAILED', DAMAGED_DOCX, String(error));
  }
}

function readPackage(pkg: DocxPackage): DocxLines {
  const main = pkg.mainDocument();
  const rels = pkg.relationships(main);
  const part = (type: string, fallback: string): XmlElement | null => pkg.xml(rels.get(type) ?? fallback);
  const styles = new DocxStyles(part('styles', 'word/styles.xml'));
  const numbering = new ListNumbering(part('numbering', 'word/numbering.xml'), styles);
  const document = pkg.xml(main);
  const body = child(document, 'w:body');
  if (!body) throw new CasebookError('IMPORT_FAILED', DAMAGED_DOCX, 'no w:body');
  const reader = new BlockReader(styles, numbering);
  reader.setPage(child(body, 'w:sectPr'));
  reader.blocks(body);
  for (const [type, fallback, tag] of [
    ['footnotes', 'word/footnotes.xml', 'w:footnote'],
    ['endnotes', 'word/endnotes.xml', 'w:endnote'],
  ] as const) {
    for (const note of kids(part(type, fallback))) {
      const kind = attr(note, 'w:type');
      if (note.tagName === tag && (kind === null || kind === 'normal')) reader.blocks(note, false, false);
    }
  }

  const bodyDrafts = reader.drafts.filter((draft) => draft.body);
  const bodySize = weightedSize(
    (bodyDrafts.length > 0 ? bodyDrafts : reader.drafts).map((draft) => ({ text: draft.text, size: draft.size })),
    styles.defaultSize,
  );
  const lines = reader.drafts.map(
    (draft): SourceLine => ({
      text: draft.text,
      role: draft.role,
      ...(draft.role === 'heading' && draft.level !== null ? { level: draft.level } : {}),
      ...(draft.depth !== undefined ? { depth: draft.depth, marker: draft.listMarker ?? '' } : {}),
      scale: Math.round((draft.size / bodySize) * 100) / 100,
      ...(draft.centered ? { centered: true } : {}),
      ...(draft.rightAligned ? { rightAligned: true } : {}),
      blockStart: draft.blockStart,
    }),
  );

  const warnings: string[] = [];
  if (reader.deletions > 0) warnings.push(TRACKED_DELETIONS_WARNING);
  const comments = part('comments', 'word/comments.xml');
  if (kids(comments).some((element) => element.tagName === 'w:comment')) warnings.push(COMMENTS_WARNING);
  if (reader.altChunks > 0) warnings.push(ALT_CHUNK_WARNING);
  return { lines, warnings };
}
