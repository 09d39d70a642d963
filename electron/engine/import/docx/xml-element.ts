import { Parser } from 'htmlparser2';
import { CasebookError } from '../../../../shared/api/errors';
import { TOO_COMPLEX } from '../size-limits';

/**
 * A Word package's XML parts as a small tree, with short accessors for WordprocessingML (w:val
 * attributes, on/off properties, numbers).
 */

/**
 * Far above a real document (a 300-page report is about 400,000 elements) and within a parse
 * worker's heap: the tree costs about 150 bytes an element, a general DOM four times that.
 */
export const MAX_XML_ELEMENTS = 1_500_000;
/** One XML part larger than this would be decoded into a single string too large for a parse worker's heap. */
export const MAX_XML_PART_BYTES = 48 * 1024 * 1024;

const tooComplex = (detail: string): CasebookError => new CasebookError('IMPORT_FAILED', `${TOO_COMPLEX}：Word 文档中的内容结构超出正常文档的规模。`, detail);

/** The few DOM calls used here (names keep their prefix). */
export interface XmlElement {
  tagName: string;
  children: ArrayLike<XmlElement>;
  textContent: string | null;
  getAttribute(name: string): string | null;
}

export const kids = (element: XmlElement | null | undefined): XmlElement[] => (element ? Array.from(element.children) : []);
export const child = (element: XmlElement | null | undefined, tag: string): XmlElement | null => kids(element).find((item) => item.tagName === tag) ?? null;
export const attr = (element: XmlElement | null | undefined, name: string): string | null => element?.getAttribute(name) ?? null;
export const val = (element: XmlElement | null | undefined): string | null => attr(element, 'w:val');
export const num = (value: string | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
};
/** An on/off property: present without a value means on. */
export const isOn = (element: XmlElement | null): boolean => element !== null && !['0', 'false', 'off'].includes((val(element) ?? 'true').toLowerCase());

export function descendants(element: XmlElement, tag: string, out: XmlElement[] = []): XmlElement[] {
  for (const item of kids(element)) {
    if (item.tagName === tag) out.push(item);
    else descendants(item, tag, out);
  }
  return out;
}

/** Of an mc:AlternateContent, the branch to read: the fallback (plain VML/Word), else the first choice. */
export function alternative(element: XmlElement): XmlElement {
  return child(element, 'mc:Fallback') ?? child(element, 'mc:Choice') ?? element;
}

export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length > MAX_XML_PART_BYTES) throw tooComplex(`xml part of ${bytes.length} bytes`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});
const NO_CHILDREN: readonly XmlNode[] = Object.freeze([]);

type XmlNode = CompactElement | string;

class CompactElement implements XmlElement {
  children: CompactElement[] = NO_CHILDREN as CompactElement[];
  /** Elements and text in document order; the same array as `children` while there is no text. */
  content: XmlNode[] = NO_CHILDREN as XmlNode[];

  constructor(
    readonly tagName: string,
    private readonly attributes: Readonly<Record<string, string>>,
  ) {}

  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }

  get textContent(): string {
    let text = '';
    for (const node of this.content) text += typeof node === 'string' ? node : node.textContent;
    return text;
  }

  append(node: XmlNode): void {
    const mixed = this.content !== this.children;
    if (typeof node === 'string') {
      // The first text node splits content from children (most elements never hold text).
      this.content = mixed ? this.content : [...this.children];
      this.content.push(node);
      return;
    }
    this.children = this.children === NO_CHILDREN ? [node] : this.children;
    if (this.children.length === 1 && this.children[0] === node) {
      if (mixed) this.content.push(node);
      else this.content = this.children;
      return;
    }
    this.children.push(node);
    if (mixed) this.content.push(node);
  }
}

/**
 * Parses one XML part into the small tree (htmlparser2 in XML mode, entities decoded). A part with
 * more elements than MAX_XML_ELEMENTS is refused as it is read, before it can fill the heap.
 */
export function parseXml(text: string): XmlElement | null {
  const names = new Map<string, string>();
  const open: CompactElement[] = [];
  let root: CompactElement | null = null;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        elements += 1;
        if (elements > MAX_XML_ELEMENTS) throw tooComplex(`more than ${MAX_XML_ELEMENTS} xml elements`);
        let tag = names.get(name);
        if (tag === undefined) names.set(name, (tag = name));
        const element = new CompactElement(tag, Object.keys(attributes).length === 0 ? NO_ATTRIBUTES : attributes);
        const parent = open[open.length - 1];
        if (parent) parent.append(element);
        else root ??= element;
        open.push(element);
      },
      ontext(data) {
        open[open.length - 1]?.append(data);
      },
      onclosetag() {
        open.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  return root;
}
