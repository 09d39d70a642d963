/**
 * A quoted passage shown in quotation marks (a draft's 引用 list, `casebook draft show`, an excerpt
 * on the command line). A passage that already is one quotation (“赤色能量站”) keeps its own marks
 * instead of getting a second pair (““赤色能量站””); inside a passage that is wrapped, double quotes
 * become single ones, as GB/T 15834 nests them: “‘赤色能量站’服务队”.
 */

const CLOSING: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’', '"': '"', "'": "'" };

/** Whether `text` is one quotation from its first character to its last (not “甲”和“乙”). */
function isOneQuotation(text: string): boolean {
  const open = text[0] ?? '';
  const close = CLOSING[open];
  if (!close || text.length < 2 || !text.endsWith(close)) return false;
  const inner = text.slice(1, -1);
  if (open === close) return !inner.includes(open);
  let depth = 1;
  for (const char of inner) {
    if (char === open) depth += 1;
    else if (char === close && --depth === 0) return false;
  }
  return depth === 1;
}

/** The passage in quotation marks, its inside cut to `max` characters (with …) when longer. */
export function inQuotes(passage: string, max = Infinity): string {
  const text = passage.trim();
  const own = isOneQuotation(text);
  const [open, close] = own ? [text[0] ?? '“', text[text.length - 1] ?? '”'] : ['“', '”'];
  let inner = own ? text.slice(1, -1) : text.replace(/“/g, '‘').replace(/”/g, '’');
  if (inner.length > max) inner = `${inner.slice(0, max)}…`;
  return `${open}${inner}${close}`;
}
