import { DOMParser } from 'linkedom';

/**
 * The part of the DOM the Word reader uses on a package's XML parts, with short accessors for
 * WordprocessingML (w:val attributes, on/off properties, numbers).
 */

/** The few DOM calls used here; linkedom's XML elements provide them (names keep their prefix). */
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
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

export function parseXml(text: string): XmlElement | null {
  const document = new DOMParser().parseFromString(text, 'text/xml') as unknown as { documentElement: XmlElement | null };
  return document.documentElement;
}
