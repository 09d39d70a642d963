import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { escapeHtml as escapeXml } from '../html/render-html';
import { FONTS, LATIN_FONT, type FontSpec, type LayoutTemplate } from '../layout-templates';

/**
 * Word's font table (word/fontTable.xml) with every font the document names: its alternative names
 * (w:altName, e.g. 仿宋_GB2312 → 仿宋), its character set (86 = GB2312) and PANOSE class, which is what
 * Word uses to pick a substitute when the font is not installed — so a PC without 仿宋_GB2312 shows
 * 仿宋, not a random face. The `docx` package writes no font table unless fonts are embedded.
 */

const FONT_TABLE = 'word/fontTable.xml';
const RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const FONT_TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml';
const FONT_TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable';

function fontEntry(font: FontSpec): string {
  return `<w:font w:name="${escapeXml(font.name)}"><w:altName w:val="${escapeXml(font.fallbacks.join(','))}"/><w:panose1 w:val="${font.panose}"/><w:charset w:val="86"/><w:family w:val="${font.family}"/><w:pitch w:val="fixed"/></w:font>`;
}

export function fontTableXml(fonts: readonly FontSpec[]): string {
  const latin = `<w:font w:name="${LATIN_FONT}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${latin}${fonts.map(fontEntry).join('')}</w:fonts>`;
}

/** Every Chinese font a template uses, once. */
export function templateFonts(t: LayoutTemplate): FontSpec[] {
  const used = [t.title, t.body, t.h1, t.h2, t.h3, t.meta, t.pageNumber].map((style) => style.font);
  return [...new Set([...used, FONTS.heiti, FONTS.kaiti])];
}

export function withFontTable(docx: Buffer, t: LayoutTemplate): Buffer {
  const files = unzipSync(new Uint8Array(docx));
  files[FONT_TABLE] = strToU8(fontTableXml(templateFonts(t)));
  const rels = strFromU8(files[RELS] ?? new Uint8Array());
  if (rels && !rels.includes(FONT_TABLE_REL)) {
    files[RELS] = strToU8(rels.replace('</Relationships>', `<Relationship Id="rIdCbFontTable" Type="${FONT_TABLE_REL}" Target="fontTable.xml"/></Relationships>`));
  }
  const types = strFromU8(files[CONTENT_TYPES] ?? new Uint8Array());
  if (types && !types.includes('/word/fontTable.xml')) {
    files[CONTENT_TYPES] = strToU8(types.replace('</Types>', `<Override PartName="/word/fontTable.xml" ContentType="${FONT_TABLE_TYPE}"/></Types>`));
  }
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { level: name.endsWith('.xml') || name.endsWith('.rels') ? 6 : 0 }];
  return Buffer.from(zipSync(zippable));
}
