/**
 * Whitespace clean-up that never changes the characters of the text itself: unify line endings,
 * drop trailing spaces and control characters, collapse runs of blank lines.
 */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\u3000\u00a0]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
