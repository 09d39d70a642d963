import { TextLayer, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { findInPage } from './pdf-find';
import { LineBoxes, type PickedLine, type RecognisedPage } from './recognised-lines';
import { scrollWithin } from './scroll-within';

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

export interface PageSize {
  width: number;
  height: number;
}

/** Text of each page, asked of pdf.js once: the find bar and the text layers share it. */
export type TextCache = Map<number, Promise<TextContent>>;

export function pageText(pdf: PDFDocumentProxy, cache: TextCache, number: number): Promise<TextContent> {
  let text = cache.get(number);
  if (!text) {
    text = pdf.getPage(number).then((page) => page.getTextContent());
    cache.set(number, text);
  }
  return text;
}

export function itemStrings(text: TextContent): string[] {
  return text.items.flatMap((item) => ('str' in item ? [item.str] : []));
}

/** Starts work when the element comes near the scroller's view, and says whether it is near now. */
export function useNearView(element: React.RefObject<HTMLElement | null>, root: HTMLElement | null, margin = '600px 0px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target || !root) return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((entry) => entry.isIntersecting)), { root, rootMargin: margin });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, root, margin]);
  return near;
}

/** Draws one page on a canvas at the screen's pixel density. */
export async function drawPage(pdf: PDFDocumentProxy, number: number, scale: number, canvas: HTMLCanvasElement, signal: { cancelled: boolean }): Promise<void> {
  const page = await pdf.getPage(number);
  if (signal.cancelled) return;
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  await page.render({ canvas, viewport, ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}) }).promise;
}

/**
 * One page: its canvas and, over it, pdf.js's text layer (selectable, and where find marks its
 * hits). Drawn only near the view, again when the zoom changes.
 */
export function PdfPage({
  pdf,
  number,
  size,
  scale,
  scroller,
  texts,
  query,
  currentHitOnPage,
  onDrawn,
  recognised,
  picked,
  onPick,
  uncertainBelow,
}: {
  pdf: PDFDocumentProxy;
  number: number;
  size: PageSize;
  scale: number;
  scroller: HTMLElement | null;
  texts: TextCache;
  query: string;
  /** Which of this page's hits is the current one, or null. */
  currentHitOnPage: number | null;
  onDrawn: (number: number) => void;
  /** The page's lines as 文字识别 read them, when it was a scan. */
  recognised: RecognisedPage | undefined;
  picked: PickedLine | null;
  onPick: (pick: PickedLine) => void;
  uncertainBelow: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textBox = useRef<HTMLDivElement>(null);
  const near = useNearView(box, scroller);
  const [layer, setLayer] = useState<{ scale: number; divs: HTMLElement[]; strings: string[] } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!near || !canvas.current || !textBox.current) return;
    const signal = { cancelled: false };
    const container = textBox.current;
    let textLayer: TextLayer | null = null;
    void (async () => {
      try {
        await drawPage(pdf, number, scale, canvas.current!, signal);
        const text = await pageText(pdf, texts, number);
        if (signal.cancelled) return;
        const page = await pdf.getPage(number);
        container.replaceChildren();
        textLayer = new TextLayer({ textContentSource: text, container, viewport: page.getViewport({ scale }) });
        await textLayer.render();
        if (signal.cancelled) return;
        setLayer({ scale, divs: textLayer.textDivs, strings: textLayer.textContentItemsStr });
        onDrawn(number);
      } catch (error) {
        if (!signal.cancelled && !(error instanceof Error && error.name === 'RenderingCancelledException')) setFailed(true);
      }
    })();
    return () => {
      signal.cancelled = true;
      textLayer?.cancel();
    };
  }, [near, pdf, number, scale, texts, onDrawn]);

  // Find's marks: every hit on the page, the current one stronger, scrolled to the middle of the view.
  useEffect(() => {
    if (!layer) return;
    for (const div of layer.divs) div.classList.remove('casebook-pdf-hit', 'casebook-pdf-hit-current');
    const hits = findInPage(number, layer.strings, query);
    hits.forEach((hit, index) => {
      for (const item of hit.items) layer.divs[item]?.classList.add(index === currentHitOnPage ? 'casebook-pdf-hit-current' : 'casebook-pdf-hit');
    });
    if (currentHitOnPage !== null) {
      const first = hits[currentHitOnPage]?.items[0];
      const target = first === undefined ? undefined : layer.divs[first];
      if (target && scroller) scrollWithin(scroller, target, 'center');
    }
  }, [layer, query, currentHitOnPage, number, scroller]);

  const width = Math.floor(size.width * scale);
  const height = Math.floor(size.height * scale);
  return (
    <div
      ref={box}
      className="casebook-pdf-page"
      data-page-number={number}
      aria-label={`第 ${number} 页`}
      role="group"
      style={{ width, height, ['--scale-factor' as string]: scale, ['--total-scale-factor' as string]: scale }}
    >
      <canvas ref={canvas} aria-hidden="true" />
      <div ref={textBox} className="textLayer" />
      {recognised && <LineBoxes page={recognised} picked={picked} onPick={onPick} uncertainBelow={uncertainBelow} />}
      {failed && <div className="casebook-pdf-page-failed">这一页无法显示</div>}
    </div>
  );
}
