import iconv from 'iconv-lite';
import { CasebookError } from '../../../../shared/api/errors';
import { decoderFor, detectLegacyEncoding, tryUtf8 } from '../decode-text';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a page declares in its first bytes (<meta charset> or http-equiv Content-Type). */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 8192).toString('latin1');
  const match = META_CHARSET.exec(head);
  return match?.[1] ? decoderFor(match[1]) : null;
}

export interface DecodedHtml {
  html: string;
  encoding: string;
}

/**
 * Reads a saved page: the user's choice, a BOM, valid UTF-8, the charset named by the MIME part or
 * the page, or detection. Valid UTF-8 wins over a declared GBK: browsers re-save pages as UTF-8 and
 * leave the old declaration in place.
 */
export function decodeHtml(bytes: Buffer, options: { override?: string | undefined; charsetHint?: string | null } = {}): DecodedHtml {
  if (bytes.length === 0) throw new CasebookError('IMPORT_FAILED', '文件是空的，没有可导入的内容。', 'empty file');
  if (options.override) {
    const name = options.override.toLowerCase();
    if (!iconv.encodingExists(name)) throw new CasebookError('BAD_REQUEST', `不认识的文字编码“${options.override}”。`, name);
    return { html: iconv.decode(bytes, name), encoding: name };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { html: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { html: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { html: utf8, encoding: 'utf-8' };
  const hinted = options.charsetHint ? decoderFor(options.charsetHint) : null;
  const declared = hinted && hinted !== 'utf-8' ? hinted : declaredCharset(bytes);
  const encoding = declared && declared !== 'utf-8' && iconv.encodingExists(declared) ? declared : detectLegacyEncoding(bytes);
  return { html: iconv.decode(bytes, encoding), encoding };
}
