import { parseHTML } from 'linkedom';
import { CasebookError } from '../../../shared/api/errors';
import { MAX_PAGE_ELEMENTS, TOO_COMPLEX } from '../import/size-limits';

/**
 * A saved web page made safe to look at in a sandboxed frame: nothing in it may run, submit, navigate
 * or load. Scripts, frames, plug-ins, media and <link>/<meta>/<base> are removed; event handlers and
 * navigation attributes dropped; links keep their text (the address moves to the tooltip); images
 * show only when the file carries them (an MHTML part, or data: already) and are counted otherwise.
 * The page's own CSS stays, with its external url()s and @imports taken out, so it looks as received.
 */

const REMOVED = 'script, noscript, template, iframe, frame, frameset, object, embed, applet, portal, video, audio, source, track, meta, base, link, svg, math, canvas';
const URL_ATTRIBUTES = new Set(['src', 'srcset', 'href', 'xlink:href', 'action', 'formaction', 'background', 'poster', 'ping', 'srcdoc', 'longdesc', 'cite', 'data', 'codebase', 'manifest']);

export interface PageResources {
  /** An image the file carries for this address, as a data: URI; null when it does not. */
  image(url: string): string | null;
  /** A style sheet the file carries for this address; null when it does not. */
  styleSheet(url: string): string | null;
}

/** The little of linkedom's DOM this pass uses. */
interface ViewElement {
  tagName: string;
  textContent: string | null;
  readonly attributes: ArrayLike<{ name: string; value: string }>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  remove(): void;
}
interface ViewDocument {
  body: { innerHTML: string } | null;
  querySelectorAll(selector: string): ArrayLike<ViewElement>;
}

const NO_RESOURCES: PageResources = { image: () => null, styleSheet: () => null };

export interface ViewablePage {
  styles: string;
  body: string;
  missingImages: number;
}

/** CSS that may not fetch anything: @import goes, url() to anything but data: becomes none. */
export function inertCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (whole, _quote: string, target: string) => (/^data:/i.test(target.trim()) ? whole : 'none'));
}

function countStartTags(html: string): number {
  let tags = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) tags += 1;
  }
  return tags;
}

const escapeStyleText = (css: string) => css.replace(/<\/style/gi, '<\\/style');

export function pageForViewing(html: string, resources: PageResources = NO_RESOURCES): ViewablePage {
  if (countStartTags(html) > MAX_PAGE_ELEMENTS) {
    throw new CasebookError('IMPORT_FAILED', `${TOO_COMPLEX}：网页中的元素超过 ${MAX_PAGE_ELEMENTS / 10_000} 万个，无法显示原件。`, 'too many elements');
  }
  const document = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as ViewDocument;
  const sheets: string[] = [];
  // Style sheets the file carries (an MHTML part) take the place of their <link>.
  for (const link of Array.from(document.querySelectorAll('link'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase();
    const href = link.getAttribute('href');
    const css = rel.includes('stylesheet') && href ? resources.styleSheet(href) : null;
    if (css !== null) sheets.push(css);
  }
  for (const element of Array.from(document.querySelectorAll(REMOVED))) element.remove();
  for (const style of Array.from(document.querySelectorAll('style'))) {
    sheets.push(style.textContent ?? '');
    style.remove();
  }

  let missingImages = 0;
  for (const image of Array.from(document.querySelectorAll('img, input[type="image" i]'))) {
    const src = (image.getAttribute('src') ?? '').trim();
    const inlined = /^data:image\/(png|jpe?g|gif|webp|bmp|avif);base64,/i.test(src) ? src : src ? resources.image(src) : null;
    if (inlined === null) {
      missingImages += 1;
      image.remove();
    } else {
      image.setAttribute('src', inlined);
    }
  }

  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) element.removeAttribute(attribute.name);
      else if (name === 'href' && element.tagName.toLowerCase() === 'a') {
        element.removeAttribute(attribute.name);
        if (/^https?:/i.test(attribute.value.trim()) && !element.getAttribute('title')) element.setAttribute('title', `原网页链接：${attribute.value.trim()}`);
      } else if (name === 'src' && element.tagName.toLowerCase() === 'img') continue;
      else if (URL_ATTRIBUTES.has(name) || name === 'target' || name === 'http-equiv') element.removeAttribute(attribute.name);
      else if (name === 'style') element.setAttribute('style', inertCss(attribute.value));
    }
    const tag = element.tagName.toLowerCase();
    // Controls stay visible as they were received, and cannot be used.
    if (tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'button') element.setAttribute('disabled', '');
  }

  const styles = sheets.map((css) => `<style>${escapeStyleText(inertCss(css))}</style>`).join('');
  return { styles, body: document.body?.innerHTML ?? '', missingImages };
}
