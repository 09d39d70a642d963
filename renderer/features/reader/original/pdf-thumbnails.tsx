import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { drawPage, useNearView, type PageSize } from './pdf-page';
import { scrollWithin } from './scroll-within';

const THUMB_WIDTH = 96;

function Thumbnail({ pdf, number, size, current, root, onOpen }: { pdf: PDFDocumentProxy; number: number; size: PageSize; current: boolean; root: HTMLElement | null; onOpen: (page: number) => void }) {
  const button = useRef<HTMLButtonElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const near = useNearView(button, root, '300px 0px');
  const [drawn, setDrawn] = useState(false);
  const scale = THUMB_WIDTH / size.width;

  useEffect(() => {
    if (!near || drawn || !canvas.current) return;
    const signal = { cancelled: false };
    void drawPage(pdf, number, scale, canvas.current, signal).then(
      () => !signal.cancelled && setDrawn(true),
      () => undefined,
    );
    return () => {
      signal.cancelled = true;
    };
  }, [near, drawn, pdf, number, scale]);

  useEffect(() => {
    if (current && root && button.current) scrollWithin(root, button.current, 'nearest');
  }, [current, root]);

  return (
    <button ref={button} type="button" className={`casebook-pdf-thumb${current ? ' casebook-pdf-thumb-current' : ''}`} aria-label={`第 ${number} 页`} aria-current={current ? 'page' : undefined} onClick={() => onOpen(number)}>
      <canvas ref={canvas} aria-hidden="true" style={{ width: THUMB_WIDTH, height: Math.round(size.height * scale) }} />
      <span>{number}</span>
    </button>
  );
}

/** The strip of page thumbnails beside the pages; the current page is marked, a click goes to its page. */
export function PdfThumbnails({ pdf, sizes, current, onOpen }: { pdf: PDFDocumentProxy; sizes: PageSize[]; current: number; onOpen: (page: number) => void }) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  return (
    <nav ref={setRoot} className="casebook-pdf-thumbs" aria-label="页面缩略图">
      {sizes.map((size, index) => (
        <Thumbnail key={index + 1} pdf={pdf} number={index + 1} size={size} current={current === index + 1} root={root} onOpen={onOpen} />
      ))}
    </nav>
  );
}
