import zlib from 'node:zlib';
import { repairRadicals } from '../../text/radicals';
import { foldTraditional } from '../../text/normalize';

/**
 * Makes Chinese in a Chromium-printed PDF searchable as the characters it shows. CJK fonts such as
 * Noto CJK draw "色" (U+8272) and the Kangxi radical "⾊" (U+2FCA) with one glyph, and Chromium's PDF
 * writer (Skia) maps each glyph back to one code point in the font's ToUnicode table — often the
 * radical — so searching the PDF for 红色 finds nothing and copied text carries radicals. The same
 * happens with variants that share a glyph (户 and 戶). This rewrites every ToUnicode table that maps
 * to a radical, or to a variant the printed text never uses where the text does use its simplified or
 * unified form, as a PDF incremental update (new objects and a new cross-reference section appended;
 * nothing else moves).
 */

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/;

function utf16Hex(text: string): string {
  let hex = '';
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return hex;
}

function hexText(hex: string): string {
  let text = '';
  for (let index = 0; index + 4 <= hex.length; index += 4) text += String.fromCharCode(Number.parseInt(hex.slice(index, index + 4), 16));
  return text;
}

/** The mappings of a ToUnicode CMap, as source code (hex) → text. */
function readMappings(cmap: string): { codeWidth: number; map: Map<string, string> } | null {
  const map = new Map<string, string>();
  let codeWidth = 0;
  const note = (code: string, text: string) => {
    codeWidth = Math.max(codeWidth, code.length);
    map.set(code.toUpperCase(), text);
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) note(pair[1] ?? '', hexText(pair[2] ?? ''));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g)) {
      const low = Number.parseInt(range[1] ?? '0', 16);
      const high = Number.parseInt(range[2] ?? '0', 16);
      const width = (range[1] ?? '').length;
      const target = range[3] ?? '';
      if (high < low || high - low > 0xffff) return null;
      const list = target.startsWith('[') ? [...target.matchAll(/<([0-9a-fA-F]*)>/g)].map((item) => hexText(item[1] ?? '')) : null;
      const start = list ? '' : hexText(target.slice(1, -1));
      for (let code = low; code <= high; code += 1) {
        const key = code.toString(16).padStart(width, '0');
        if (list) note(key, list[code - low] ?? '');
        else note(key, start.slice(0, -1) + String.fromCharCode(start.charCodeAt(start.length - 1) + (code - low)));
      }
    }
  }
  return { codeWidth, map };
}

/** The character the page really printed for a glyph mapped to `text`. */
function intended(text: string, printed: ReadonlySet<string> | null): string {
  return [...text]
    .map((char) => {
      // A radical stands for its unified character (⼾ → 戶), which may itself be a variant (戶 → 户).
      const base = RADICAL.test(char) ? repairRadicals(char) : char;
      if (!printed || printed.has(base)) return base;
      return [base.normalize('NFKC'), foldTraditional(base)].find((candidate) => printed.has(candidate)) ?? base;
    })
    .join('');
}

function rewriteCMap(cmap: string, printed: ReadonlySet<string> | null): string | null {
  const read = readMappings(cmap);
  if (!read) return null;
  let changed = false;
  for (const [code, text] of read.map) {
    const fixed = intended(text, printed);
    if (fixed !== text) {
      read.map.set(code, fixed);
      changed = true;
    }
  }
  if (!changed) return null;
  const first = cmap.search(/\d+\s+begin(bfchar|bfrange)/);
  const lastEnd = Math.max(cmap.lastIndexOf('endbfchar') + 'endbfchar'.length, cmap.lastIndexOf('endbfrange') + 'endbfrange'.length);
  if (first < 0 || lastEnd <= first) return null;
  const entries = [...read.map.entries()].map(([code, text]) => `<${code.padStart(read.codeWidth, '0')}> <${utf16Hex(text)}>`);
  const blocks: string[] = [];
  for (let index = 0; index < entries.length; index += 100) {
    const chunk = entries.slice(index, index + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return `${cmap.slice(0, first)}${blocks.join('\n')}${cmap.slice(lastEnd)}`;
}

interface PdfObject {
  number: number;
  data: Buffer;
}

function readStreamObject(pdf: Buffer, text: string, number: number): Buffer | null {
  const header = new RegExp(`(?:^|[\\r\\n])${number} 0 obj\\s*<<([\\s\\S]*?)>>\\s*stream(\\r\\n|\\n)`, 'g').exec(text);
  if (!header) return null;
  const dict = header[1] ?? '';
  const length = /\/Length (\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (!length || !/\/FlateDecode/.test(dict)) return null;
  const start = header.index + header[0].length;
  try {
    return zlib.inflateSync(pdf.subarray(start, start + Number(length[1])));
  } catch {
    return null;
  }
}

/** `printedText`: the text the page printed (its characters guide the choice between variants). */
export function repairPdfToUnicode(pdf: Buffer, printedText?: string): Buffer {
  const printed = printedText === undefined ? null : new Set(printedText);
  const text = pdf.toString('latin1');
  const numbers = [...new Set([...text.matchAll(/\/ToUnicode (\d+) 0 R/g)].map((match) => Number(match[1])))];
  const replaced: PdfObject[] = [];
  for (const number of numbers) {
    const stream = readStreamObject(pdf, text, number);
    if (!stream) continue;
    const rewritten = rewriteCMap(stream.toString('latin1'), printed);
    if (rewritten !== null) replaced.push({ number, data: zlib.deflateSync(Buffer.from(rewritten, 'latin1')) });
  }
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailer = text.lastIndexOf('trailer');
  if (replaced.length === 0 || !startxref || trailer < 0) return pdf;
  const trailerDict = text.slice(trailer, text.lastIndexOf('startxref'));
  const size = /\/Size (\d+)/.exec(trailerDict)?.[1];
  const root = /\/Root (\d+ \d+ R)/.exec(trailerDict)?.[1];
  if (!size || !root) return pdf;
  const info = /\/Info (\d+ \d+ R)/.exec(trailerDict)?.[1];
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailerDict)?.[1];

  const parts: Buffer[] = [pdf, Buffer.from(pdf[pdf.length - 1] === 0x0a ? '' : '\n', 'latin1')];
  let offset = parts.reduce((sum, part) => sum + part.length, 0);
  const offsets = new Map<number, number>();
  for (const object of replaced.sort((a, b) => a.number - b.number)) {
    offsets.set(object.number, offset);
    const head = Buffer.from(`${object.number} 0 obj\n<</Filter /FlateDecode\n/Length ${object.data.length}>> stream\n`, 'latin1');
    const tail = Buffer.from('\nendstream\nendobj\n', 'latin1');
    parts.push(head, object.data, tail);
    offset += head.length + object.data.length + tail.length;
  }
  const xref = ['xref'];
  for (const [number, at] of offsets) xref.push(`${number} 1`, `${String(at).padStart(10, '0')} 00000 n `);
  const trailerEntries = [`/Size ${size}`, `/Root ${root}`, ...(info ? [`/Info ${info}`] : []), ...(id ? [`/ID ${id}`] : []), `/Prev ${startxref[1]}`];
  parts.push(Buffer.from(`${xref.join('\n')}\ntrailer\n<<${trailerEntries.join('\n')}>>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
