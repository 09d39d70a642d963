import { attr, child, isOn, kids, num, val, type XmlElement } from './xml-element';

/**
 * Word's styles part: each style's type size, alignment, outline level, indents, numbering and
 * hiding, the chain a style is based on, the document defaults, and the heading level a style gives.
 */

export interface Indent {
  left?: number;
  leftChars?: number;
  firstLine?: number;
  firstLineChars?: number;
  hanging?: number;
  hangingChars?: number;
}

export interface NumberingRef {
  numId: string;
  ilvl: number | null;
}

export interface Style {
  id: string;
  name: string;
  type: string;
  basedOn: string | null;
  /** Half-points. */
  size: number | null;
  jc: string | null;
  outline: number | null;
  indent: Indent;
  numbering: NumberingRef | null;
  hidden: boolean | null;
}

export function readIndent(element: XmlElement | null): Indent {
  if (!element) return {};
  const out: Indent = {};
  const set = (key: keyof Indent, ...names: string[]): void => {
    for (const name of names) {
      const value = num(attr(element, name));
      if (value !== null) {
        out[key] = value;
        return;
      }
    }
  };
  set('left', 'w:left', 'w:start');
  set('leftChars', 'w:leftChars', 'w:startChars');
  set('firstLine', 'w:firstLine');
  set('firstLineChars', 'w:firstLineChars');
  set('hanging', 'w:hanging');
  set('hangingChars', 'w:hangingChars');
  return out;
}

export function readNumberingRef(pPr: XmlElement | null): NumberingRef | null {
  const numPr = child(pPr, 'w:numPr');
  if (!numPr) return null;
  const numId = val(child(numPr, 'w:numId'));
  if (numId === null) return null;
  return { numId, ilvl: num(val(child(numPr, 'w:ilvl'))) };
}

export const runSize = (rPr: XmlElement | null): number | null => num(val(child(rPr, 'w:sz')));
export const vanish = (rPr: XmlElement | null): boolean | null => {
  const element = child(rPr, 'w:vanish') ?? child(rPr, 'w:webHidden');
  return element ? isOn(element) : null;
};

export class DocxStyles {
  private readonly byId = new Map<string, Style>();
  readonly defaultSize: number;
  readonly defaultJc: string | null;
  readonly defaultParagraphStyle: string | null;

  constructor(root: XmlElement | null) {
    const defaults = child(root, 'w:docDefaults');
    this.defaultSize = runSize(child(child(defaults, 'w:rPrDefault'), 'w:rPr')) ?? 20;
    this.defaultJc = val(child(child(child(defaults, 'w:pPrDefault'), 'w:pPr'), 'w:jc'));
    let defaultParagraph: string | null = null;
    for (const element of kids(root)) {
      if (element.tagName !== 'w:style') continue;
      const id = attr(element, 'w:styleId');
      if (!id) continue;
      const pPr = child(element, 'w:pPr');
      const rPr = child(element, 'w:rPr');
      const type = attr(element, 'w:type') ?? 'paragraph';
      this.byId.set(id, {
        id,
        name: (val(child(element, 'w:name')) ?? id).trim(),
        type,
        basedOn: val(child(element, 'w:basedOn')),
        size: runSize(rPr),
        jc: val(child(pPr, 'w:jc')),
        outline: num(val(child(pPr, 'w:outlineLvl'))),
        indent: readIndent(child(pPr, 'w:ind')),
        numbering: readNumberingRef(pPr),
        hidden: vanish(rPr),
      });
      if (type === 'paragraph' && ['1', 'true', 'on'].includes((attr(element, 'w:default') ?? '').toLowerCase())) defaultParagraph = id;
    }
    this.defaultParagraphStyle = defaultParagraph;
  }

  /** The style and the ones it is based on, own first. */
  chain(id: string | null): Style[] {
    const out: Style[] = [];
    let current = id ? this.byId.get(id) : undefined;
    while (current && out.length < 20 && !out.includes(current)) {
      out.push(current);
      current = current.basedOn ? this.byId.get(current.basedOn) : undefined;
    }
    return out;
  }

  get(id: string | null): Style | undefined {
    return id ? this.byId.get(id) : undefined;
  }
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;
const TITLE_NAMES = new Set(['title', '标题']);
const SUBTITLE_NAMES = new Set(['subtitle', '副标题']);

/** The heading level Word's styles give: heading N, Title, Subtitle, else an outline level. */
export function headingLevel(chain: Style[], ownOutline: number | null): number | null {
  for (const style of chain) {
    const name = style.name.toLowerCase();
    const heading = HEADING_NAME.exec(name) ?? HEADING_NAME.exec(style.id);
    if (heading) return Math.min(6, Number(heading[1]));
    if (TITLE_NAMES.has(name) || style.id.toLowerCase() === 'title') return 1;
    if (SUBTITLE_NAMES.has(name) || style.id.toLowerCase() === 'subtitle') return 2;
  }
  const outline = ownOutline ?? chain.find((style) => style.outline !== null)?.outline ?? null;
  return outline !== null && outline >= 0 && outline < 9 ? Math.min(6, outline + 1) : null;
}
