import { KIND_LABELS, type DocumentKind } from '../../shared/model/document';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../shared/model/search';

export function kindLabel(kind: DocumentKind | null): string {
  return kind === null ? '未知类型' : KIND_LABELS[kind];
}

/** Snippet highlight markers: dropped for --json, shown as 【】 for people. */
export function plainSnippet(snippet: string): string {
  return snippet.split(SNIPPET_MARK_START).join('').split(SNIPPET_MARK_END).join('');
}

export function markedSnippet(snippet: string): string {
  return snippet.split(SNIPPET_MARK_START).join('【').split(SNIPPET_MARK_END).join('】');
}

/** Columns a string takes in a terminal: CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000) ? 2 : 1;
  }
  return width;
}

export function truncateToWidth(text: string, maxWidth: number): string {
  if (displayWidth(text) <= maxWidth) return text;
  let result = '';
  let width = 0;
  for (const char of text) {
    const charWidth = displayWidth(char);
    if (width + charWidth > maxWidth - 1) break;
    result += char;
    width += charWidth;
  }
  return `${result}…`;
}

export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** "a、b、c", or a placeholder when empty. */
export function joinList(items: readonly string[], empty = '（无）'): string {
  return items.length === 0 ? empty : items.join('、');
}

/** 2024-11-15T08:01:02.000Z → 2024-11-15 16:01 in local time. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
