import type { SourceLine } from '../reading/source-lines';
import { inkLength, weightedMedianSize } from '../reading/type-size';
import { headingLevel, readIndent, readNumberingRef, runSize, vanish, type DocxStyles, type Indent } from './docx-styles';
import type { ListNumbering } from './list-numbering';
import { alternative, attr, child, descendants, kids, num, val, type XmlElement } from './xml-element';
import { isNoteMark } from '../cleaning/noise/note-marks';

/**
 * One Word paragraph read from its runs: the text between soft line breaks with each run's type
 * size (hidden and deleted text left out, tracked insertions kept), its role (heading, list item,
 * text), list marker, alignment and first-line indent, and the text boxes anchored in it.
 */

export interface Piece {
  text: string;
  /** Half-points. */
  size: number;
}

export interface Paragraph {
  /** Text between soft line breaks. */
  segments: Piece[][];
  role: SourceLine['role'];
  level: number | null;
  jc: string | null;
  /** Twips from the text column's left edge to where the first line starts (indents only). */
  startIndent: number;
  marker: string;
  /** A list item's nesting (Word's ilvl) and whether Word draws a bullet for it. */
  depth: number;
  bullet: boolean;
}

/** Whitespace as the HTML path reads it: tabs and runs of spaces are one space; full-width spaces stay. */
export const tidy = (text: string): string => text.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
export const ems = (text: string): number => {
  let total = 0;
  for (const ch of text) total += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return total;
};

export function weightedSize(runs: readonly { text: string; size: number }[], fallback: number): number {
  return weightedMedianSize(runs) || fallback;
}

/** The text-box contents inside a drawing, once (a drawing offers the same box as a choice and a fallback). */
function textBoxes(element: XmlElement): XmlElement[] {
  if (element.tagName === 'mc:AlternateContent') return textBoxes(alternative(element));
  return descendants(element, 'w:txbxContent');
}

export class ParagraphReader {
  constructor(
    private readonly styles: DocxStyles,
    private readonly numbering: ListNumbering,
    /** Called for each piece of deleted text (tracked deletions, moved-away text) left out. */
    private readonly onDeletion: () => void,
  ) {}

  read(p: XmlElement, boxes: XmlElement[]): Paragraph {
    const pPr = child(p, 'w:pPr');
    const styleId = val(child(pPr, 'w:pStyle')) ?? this.styles.defaultParagraphStyle;
    const chain = this.styles.chain(styleId);
    const paragraphSize = chain.find((style) => style.size !== null)?.size ?? this.styles.defaultSize;
    const paragraphHidden = chain.find((style) => style.hidden !== null)?.hidden ?? false;
    const segments: Piece[][] = [[]];
    const textBefore = (): string => (segments[segments.length - 1] ?? []).map((piece) => piece.text).join('');
    const add = (text: string, size: number): void => {
      (segments[segments.length - 1] as Piece[]).push({ text, size });
    };
    const runs = (container: XmlElement): void => {
      for (const element of kids(container)) {
        switch (element.tagName) {
          case 'w:r':
            this.run(element, paragraphSize, paragraphHidden, add, () => segments.push([]), boxes, textBefore);
            break;
          case 'w:hyperlink':
          case 'w:smartTag':
          case 'w:customXml':
          case 'w:ins':
          case 'w:moveTo':
          case 'w:fldSimple':
          case 'w:dir':
          case 'w:bdo':
            runs(element);
            break;
          case 'w:sdt':
            runs(child(element, 'w:sdtContent') ?? element);
            break;
          case 'w:del':
          case 'w:moveFrom':
            if (inkLength(element.textContent ?? '') > 0) this.onDeletion();
            break;
          case 'mc:AlternateContent':
            runs(alternative(element));
            break;
          case 'm:oMathPara':
          case 'm:oMath':
            add(descendants(element, 'm:t').map((t) => t.textContent ?? '').join(''), paragraphSize);
            break;
          default:
            break;
        }
      }
    };
    runs(p);

    const directNumbering = readNumberingRef(pPr);
    const ref = directNumbering ?? chain.find((style) => style.numbering)?.numbering ?? null;
    const numbered = ref && ref.numId !== '0' ? this.numbering.next(ref) : null;
    const level = headingLevel(chain, num(val(child(pPr, 'w:outlineLvl'))));
    const role: SourceLine['role'] = level !== null ? 'heading' : numbered ? 'list-item' : 'text';
    const jc = val(child(pPr, 'w:jc')) ?? chain.find((style) => style.jc !== null)?.jc ?? this.styles.defaultJc;
    const indent: Indent = {};
    for (const style of [...chain].reverse()) Object.assign(indent, style.indent);
    Object.assign(indent, readIndent(child(pPr, 'w:ind')));
    const charTwips = (paragraphSize / 2) * 20;
    const left = indent.leftChars !== undefined ? (indent.leftChars / 100) * charTwips : (indent.left ?? 0);
    const first =
      indent.hangingChars !== undefined
        ? -(indent.hangingChars / 100) * charTwips
        : indent.hanging !== undefined
          ? -indent.hanging
          : indent.firstLineChars !== undefined
            ? (indent.firstLineChars / 100) * charTwips
            : (indent.firstLine ?? 0);
    return { segments, role, level, jc, startIndent: left + first, marker: numbered?.marker ?? '', depth: numbered?.depth ?? 0, bullet: numbered?.bullet ?? false };
  }

  private run(r: XmlElement, paragraphSize: number, paragraphHidden: boolean, add: (text: string, size: number) => void, lineBreak: () => void, boxes: XmlElement[], textBefore: () => string): void {
    const rPr = child(r, 'w:rPr');
    const chain = this.styles.chain(val(child(rPr, 'w:rStyle')));
    const hidden = vanish(rPr) ?? chain.find((style) => style.hidden !== null)?.hidden ?? paragraphHidden;
    const size = runSize(rPr) ?? chain.find((style) => style.size !== null)?.size ?? paragraphSize;
    const superscript = val(child(rPr, 'w:vertAlign')) === 'superscript';
    for (const element of kids(r)) {
      switch (element.tagName) {
        case 'w:t':
          // A note's number typed in superscript (no Word footnote behind it) points below the text: not the sentence's.
          if (!hidden && !(superscript && isNoteMark(element.textContent ?? '', textBefore()))) add(element.textContent ?? '', size);
          break;
        case 'w:tab':
        case 'w:ptab':
          if (!hidden) add('\t', size);
          break;
        case 'w:br':
        case 'w:cr':
          if (!hidden) lineBreak();
          break;
        case 'w:noBreakHyphen':
          if (!hidden) add('-', size);
          break;
        case 'w:sym': {
          const code = parseInt(attr(element, 'w:char') ?? '', 16);
          // Symbol-font characters sit in the private use area (F0xx) and mean nothing as text.
          if (!hidden && Number.isFinite(code) && !(code >= 0xe000 && code <= 0xf8ff)) add(String.fromCodePoint(code), size);
          break;
        }
        case 'w:ruby': {
          const base = child(element, 'w:rubyBase');
          for (const inner of kids(base)) if (inner.tagName === 'w:r') this.run(inner, paragraphSize, paragraphHidden, add, lineBreak, boxes, textBefore);
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
        case 'mc:AlternateContent':
          boxes.push(...textBoxes(element));
          break;
        default:
          break;
      }
    }
  }
}
