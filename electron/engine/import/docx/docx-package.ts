import { unzipSync } from 'fflate';
import { CasebookError } from '../../../../shared/api/errors';
import { attr, decodeXml, kids, parseXml, type XmlElement } from './xml-element';

/**
 * A .docx package opened for reading: its XML parts (media and other binaries are never unzipped),
 * the relationships between them and the main document part.
 */

export const DAMAGED_DOCX = '文件已损坏或不完整，无法作为 Word 文档（.docx）打开。';
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

/** "word/document.xml" + "../media/x.png" → "media/x.png"; absolute targets start at the package root. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export class DocxPackage {
  private readonly files: Record<string, Uint8Array>;

  constructor(bytes: Buffer) {
    try {
      this.files = unzipSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), { filter: (file) => /\.(?:xml|rels)$/i.test(file.name) });
    } catch (error) {
      throw new CasebookError('IMPORT_FAILED', DAMAGED_DOCX, String(error));
    }
  }

  has(name: string): boolean {
    return name in this.files;
  }

  xml(name: string): XmlElement | null {
    const data = this.files[name];
    return data ? parseXml(decodeXml(data)) : null;
  }

  /** Targets of a part's relationships, by type (the last segment of the type URI). */
  relationships(part: string): Map<string, string> {
    const out = new Map<string, string>();
    const root = this.xml(relsPath(part));
    for (const rel of kids(root)) {
      const type = attr(rel, 'Type') ?? '';
      const target = attr(rel, 'Target');
      if (!target || attr(rel, 'TargetMode') === 'External') continue;
      const key = type.slice(type.lastIndexOf('/') + 1);
      if (!out.has(key)) out.set(key, resolveTarget(part, target));
    }
    return out;
  }

  mainDocument(): string {
    const root = this.xml('_rels/.rels');
    for (const rel of kids(root)) {
      const target = attr(rel, 'Target');
      if (target && REL_OFFICE_DOCUMENT.test(attr(rel, 'Type') ?? '')) {
        const name = resolveTarget('', target);
        if (this.has(name)) return name;
      }
    }
    return 'word/document.xml';
  }
}
