/**
 * Cleans HTML pasted from the web before the editor parses it: scripts, frames, forms, styles,
 * event handlers, javascript:/vbscript: URLs and inline styles go. The editor's schema then keeps
 * only the nodes it knows (headings, lists, quotes, tables, images, links, bold/italic).
 */
const DROP_ELEMENTS = [
  'script',
  'style',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
];

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'background', 'poster', 'srcset'];
const DROP_ATTRIBUTES = new Set(['style', 'class', 'id', 'srcdoc', 'ping']);
const SAFE_URL = /^(https?:|mailto:|#|data:image\/(png|jpe?g|gif|webp|bmp);base64,)/i;

export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside the scheme ("java\tscript:").
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(compact)) return SAFE_URL.test(compact);
  return true; // relative URL
}

/** The little of the DOM this needs, so it runs on the browser's DOMParser and on linkedom alike. */
interface HtmlElement {
  readonly attributes: ArrayLike<{ name: string; value: string }>;
  removeAttribute(name: string): void;
  remove(): void;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  readonly innerHTML: string;
}

export type ParseHtml = (html: string) => { body: HtmlElement | null; documentElement: HtmlElement | null };

/**
 * Event-handler attributes are cut from the source text before any parser sees it: a browser that
 * enforces a Content Security Policy reports each inline handler as soon as it is parsed, even in an
 * inert document. The DOM pass below still removes any the pattern missed.
 */
function stripHandlerSource(html: string): string {
  // A linear scan (no backtracking): inside each start tag, attributes named on… are skipped.
  let out = '';
  let index = 0;
  const length = html.length;
  const isSpace = (char: string | undefined) => char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';
  while (index < length) {
    const open = html.indexOf('<', index);
    if (open < 0 || !/[a-z]/i.test(html[open + 1] ?? '')) {
      const stop = open < 0 ? length : open + 1;
      out += html.slice(index, stop);
      index = stop;
      continue;
    }
    let cursor = open + 1;
    while (cursor < length && !isSpace(html[cursor]) && html[cursor] !== '>' && html[cursor] !== '/') cursor += 1;
    out += html.slice(index, cursor);
    while (cursor < length && html[cursor] !== '>') {
      const attributeStart = cursor;
      while (cursor < length && (isSpace(html[cursor]) || html[cursor] === '/')) cursor += 1;
      const nameStart = cursor;
      while (cursor < length && !isSpace(html[cursor]) && html[cursor] !== '=' && html[cursor] !== '>' && html[cursor] !== '/') cursor += 1;
      const name = html.slice(nameStart, cursor);
      let look = cursor;
      while (look < length && isSpace(html[look])) look += 1;
      if (html[look] === '=') {
        look += 1;
        while (look < length && isSpace(html[look])) look += 1;
        const quote = html[look];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, look + 1);
          look = close < 0 ? length : close + 1;
        } else {
          while (look < length && !isSpace(html[look]) && html[look] !== '>') look += 1;
        }
        cursor = look;
      }
      if (!/^on/i.test(name)) out += html.slice(attributeStart, cursor);
      if (cursor === attributeStart) cursor += 1;
    }
    index = cursor;
  }
  return out;
}

export function sanitizeHtml(html: string, parse: ParseHtml): string {
  const document = parse(stripHandlerSource(html));
  const root = document.body ?? document.documentElement;
  if (!root) return '';
  for (const name of DROP_ELEMENTS) {
    for (const element of Array.from(root.querySelectorAll(name))) element.remove();
  }
  // An image pasted with a relative or script address would load from the app itself: drop it.
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const src = Array.from(image.attributes).find((attribute) => attribute.name.toLowerCase() === 'src')?.value ?? '';
    if (!/^(https?:|data:image\/)/i.test(src.trim()) || !isSafeUrl(src)) image.remove();
  }
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || DROP_ATTRIBUTES.has(name)) {
        element.removeAttribute(attribute.name);
      } else if (URL_ATTRIBUTES.includes(name) && !isSafeUrl(attribute.value)) {
        element.removeAttribute(attribute.name);
      }
    }
  }
  return root.innerHTML;
}
