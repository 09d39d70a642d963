import { CasebookError } from '../../../../shared/api/errors';

/**
 * The parts of a MIME multipart file (MHTML as saved by Chrome, Edge and IE). Bodies are views into
 * the file's bytes, not copies; only the part that is used gets decoded.
 */
export interface MimePart {
  headers: Map<string, string>;
  body: Buffer;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  // Folded header lines continue with leading whitespace.
  for (const line of block.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function headerEnd(bytes: Buffer, from: number): { end: number; bodyStart: number } | null {
  const crlf = bytes.indexOf('\r\n\r\n', from, 'latin1');
  const lf = bytes.indexOf('\n\n', from, 'latin1');
  if (crlf < 0 && lf < 0) return null;
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return { end: crlf, bodyStart: crlf + 4 };
  return { end: lf, bodyStart: lf + 2 };
}

export function headerParameter(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

export interface MimeMessage {
  headers: Map<string, string>;
  parts: MimePart[];
}

export function parseMultipart(bytes: Buffer): MimeMessage {
  const top = headerEnd(bytes, 0);
  if (!top || top.end > 64 * 1024) throw new CasebookError('IMPORT_FAILED', '这个 MHTML 文件格式有误，无法读取（找不到文件头）。', 'no mime header');
  const headers = parseHeaders(bytes.subarray(0, top.end).toString('latin1'));
  const boundary = headerParameter(headers.get('content-type'), 'boundary');
  if (!boundary) throw new CasebookError('IMPORT_FAILED', '这个 MHTML 文件格式有误，无法读取（不是多部分文件）。', 'no boundary');
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  const parts: MimePart[] = [];
  let at = bytes.indexOf(delimiter, top.bodyStart);
  while (at >= 0) {
    const afterDelimiter = at + delimiter.length;
    if (bytes.subarray(afterDelimiter, afterDelimiter + 2).toString('latin1') === '--') break;
    const partHeader = headerEnd(bytes, afterDelimiter);
    if (!partHeader) break;
    const next = bytes.indexOf(delimiter, partHeader.bodyStart);
    let bodyEnd = next >= 0 ? next : bytes.length;
    // The line break before the next delimiter belongs to the delimiter.
    if (bytes[bodyEnd - 1] === 0x0a) bodyEnd -= bytes[bodyEnd - 2] === 0x0d ? 2 : 1;
    parts.push({ headers: parseHeaders(bytes.subarray(afterDelimiter, partHeader.end).toString('latin1')), body: bytes.subarray(partHeader.bodyStart, Math.max(partHeader.bodyStart, bodyEnd)) });
    at = next;
  }
  return { headers, parts };
}

export function decodeQuotedPrintable(body: Buffer): Buffer {
  const text = body.toString('latin1').replace(/=\r?\n/g, '');
  const out = Buffer.alloc(text.length);
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const ch = text.charCodeAt(index);
    if (ch === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(index + 1, index + 3))) {
      out[length++] = parseInt(text.slice(index + 1, index + 3), 16);
      index += 2;
    } else {
      out[length++] = ch;
    }
  }
  return out.subarray(0, length);
}

export function decodePartBody(part: MimePart): Buffer {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.toString('latin1').replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return part.body;
}

/** "=?utf-8?Q?...?=" / "=?gbk?B?...?=" in a Subject header → text (utf-8 only; others are left as they are). */
export function decodeEncodedWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (whole, charset: string, kind: string, data: string) => {
    if (!/^utf-?8$/i.test(charset)) return whole;
    const bytes = kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : decodeQuotedPrintable(Buffer.from(data.replace(/_/g, ' '), 'latin1'));
    return bytes.toString('utf8');
  });
}
