import { Alert, Spin, type InputRef } from 'antd';
import { GlobalWorkerOptions, getDocument, type PDFDocumentLoadingTask, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OriginalFile } from '../../../../shared/model/document';
import { errorMessage } from '../../../app/api-client';
import { OriginalRangeTransport, readOriginalRange } from './original-bytes';
import { findInPage, type PdfHit } from './pdf-find';
import { itemStrings, pageText, PdfPage, type PageSize, type TextCache } from './pdf-page';
import { PdfThumbnails } from './pdf-thumbnails';
import { RecognisedLinesPanel, type PickedLine, type RecognisedPage } from './recognised-lines';
import { PdfToolbar, type Zoom } from './pdf-toolbar';
import { mostVisiblePage, scrollWithin } from './scroll-within';
import { useZoomKeys } from './use-zoom-keys';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Files up to this size are read in one go; larger ones by ranges as pdf.js asks for them. */
const WHOLE_FILE_BYTES = 4 * 1024 * 1024;
/** The first piece of a large file, handed to pdf.js before it asks for more. */
const FIRST_PIECE_BYTES = 1024 * 1024;

function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Opens the PDF through the contract; the character maps and fonts come from the app itself, never the network. */
function openPdf(documentId: string, file: OriginalFile, first: Uint8Array, onRangeError: (error: unknown) => void): PDFDocumentLoadingTask {
  const common = {
    cMapUrl: assetUrl('pdfjs/cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('pdfjs/standard_fonts/'),
    wasmUrl: assetUrl('pdfjs/wasm/'),
    isEvalSupported: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    rangeChunkSize: 256 * 1024,
  };
  return first.length >= file.size
    ? getDocument({ ...common, data: first })
    : getDocument({ ...common, range: new OriginalRangeTransport(documentId, file.size, first, onRangeError) });
}

/** 原件 of a PDF: every page drawn by pdf.js, thumbnails, zoom, find in the text layer, page x / N. */
export function PdfViewer({
  documentId,
  file,
  active,
  recognised,
  uncertainBelow,
}: {
  documentId: string;
  file: OriginalFile;
  active: boolean;
  /** Pages 文字识别 read (scans), by page number: their line boxes over the page and their lines beside it. */
  recognised: ReadonlyMap<number, RecognisedPage>;
  uncertainBelow: number;
}) {
  const [picked, setPicked] = useState<PickedLine | null>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [sizes, setSizes] = useState<PageSize[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [scrollerWidth, setScrollerWidth] = useState(800);
  const [currentPage, setCurrentPage] = useState(1);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<PdfHit[] | null>(null);
  const [hitIndex, setHitIndex] = useState(0);
  const [searching, setSearching] = useState(false);
  // Each page's text, asked of pdf.js once for this file: find and the text layers share it.
  const [texts, setTexts] = useState<TextCache>(() => new Map());

  useEffect(() => {
    let task: PDFDocumentLoadingTask | null = null;
    let cancelled = false;
    const fail = (reason: unknown) => {
      if (!cancelled) setError(`PDF 无法显示：${errorMessage(reason)}`);
    };
    void (async () => {
      try {
        const first = await readOriginalRange(documentId, 0, Math.min(file.size, file.size <= WHOLE_FILE_BYTES ? WHOLE_FILE_BYTES : FIRST_PIECE_BYTES));
        if (cancelled) return;
        task = openPdf(documentId, file, first, fail);
        const opened = await task.promise;
        const firstPage = await opened.getPage(1);
        const { width, height } = firstPage.getViewport({ scale: 1 });
        if (cancelled) return;
        setTexts(new Map());
        setSizes(Array.from({ length: opened.numPages }, () => ({ width, height })));
        setPdf(opened);
        // The other pages' sizes, when they differ (a landscape table among portrait pages).
        for (let number = 2; number <= Math.min(opened.numPages, 400); number += 1) {
          const page = await opened.getPage(number);
          if (cancelled) return;
          const viewport = page.getViewport({ scale: 1 });
          if (viewport.width !== width || viewport.height !== height) {
            setSizes((previous) => previous.map((size, index) => (index === number - 1 ? { width: viewport.width, height: viewport.height } : size)));
          }
        }
      } catch (reason) {
        const name = reason instanceof Error ? reason.name : '';
        if (name === 'PasswordException') fail('文件设置了打开密码。');
        else if (name === 'InvalidPDFException') fail('文件已损坏或不是有效的 PDF。');
        else fail(reason);
      }
    })();
    return () => {
      cancelled = true;
      void task?.destroy();
    };
  }, [documentId, file]);

  useEffect(() => {
    if (!scroller) return;
    const observer = new ResizeObserver(() => setScrollerWidth(scroller.clientWidth));
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [scroller]);

  const widest = sizes.reduce((most, size) => Math.max(most, size.width), 0) || 595;
  const fitScale = Math.max(0.25, Math.min(4, (scrollerWidth - 48) / widest));
  const scale = zoom === 'fit' ? fitScale : zoom;

  const scrollToPage = useCallback(
    (number: number) => {
      const target = scroller?.querySelector(`[data-page-number="${number}"]`);
      if (scroller && target) scrollWithin(scroller, target, 'start');
      setCurrentPage(number);
    },
    [scroller],
  );

  // Page x / N follows the page that fills most of the view.
  useEffect(() => {
    if (!scroller) return;
    const onScroll = () => {
      const number = mostVisiblePage(scroller);
      if (number !== null) setCurrentPage(number);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => scroller.removeEventListener('scroll', onScroll);
  }, [scroller]);

  // A line picked in the list: its page comes into view with the box in the middle.
  const pickLine = useCallback(
    (pick: PickedLine) => {
      setPicked(pick);
      window.requestAnimationFrame(() => {
        const box = scroller?.querySelector(`[data-page-number="${pick.page}"] .casebook-line-box-picked`);
        if (scroller && box) scrollWithin(scroller, box, 'center');
      });
    },
    [scroller],
  );

  // A hit on a scanned page is a recognised line: it is picked, its box shown on the page.
  const showHit = useCallback(
    (hit: PdfHit) => {
      scrollToPage(hit.page);
      if (hit.recognised && hit.items[0] !== undefined) pickLine({ page: hit.page, line: hit.items[0] });
    },
    [scrollToPage, pickLine],
  );

  const runFind = useCallback(
    async (wanted: string) => {
      if (!pdf) return;
      setQuery(wanted);
      setHitIndex(0);
      if (wanted.trim() === '') {
        setHits(null);
        return;
      }
      setSearching(true);
      const found: PdfHit[] = [];
      for (let number = 1; number <= pdf.numPages; number += 1) {
        const strings = itemStrings(await pageText(pdf, texts, number));
        const scanned = recognised.get(number);
        // A scan has no text layer: its recognised lines are searched instead.
        if (scanned && strings.join('').trim() === '') found.push(...findInPage(number, scanned.lines.map((line) => line.text), wanted).map((hit) => ({ ...hit, recognised: true })));
        else found.push(...findInPage(number, strings, wanted));
      }
      setSearching(false);
      setHits(found);
      if (found[0]) showHit(found[0]);
    },
    [pdf, texts, recognised, showHit],
  );

  const stepHit = useCallback(
    (delta: number) => {
      if (!hits || hits.length === 0) return;
      const next = (hitIndex + delta + hits.length) % hits.length;
      setHitIndex(next);
      showHit(hits[next]!);
    },
    [hits, hitIndex, showHit],
  );

  const findBox = useRef<InputRef>(null);
  useZoomKeys(active, {
    zoomIn: () => setZoom((value) => Math.min(4, Math.round(((value === 'fit' ? fitScale : value) + 0.25) * 4) / 4)),
    zoomOut: () => setZoom((value) => Math.max(0.25, Math.round(((value === 'fit' ? fitScale : value) - 0.25) * 4) / 4)),
    fit: () => setZoom('fit'),
    find: () => findBox.current?.focus(),
  });

  const current = hits?.[hitIndex] ?? null;
  const currentOnPage = useMemo(() => {
    if (!hits || !current) return null;
    return hits.filter((hit) => hit.page === current.page).indexOf(current);
  }, [hits, current]);
  const onDrawn = useCallback(() => undefined, []);


  if (error) return <Alert type="error" showIcon title={error} description="可以看“原文”中的正文；桌面版可用默认程序打开原件。" />;
  if (!pdf) return <Spin description="正在打开 PDF…" style={{ display: 'block', padding: 48 }} />;

  return (
    <div className="casebook-pdf-viewer">
      <PdfToolbar
        page={currentPage}
        pages={pdf.numPages}
        onPage={scrollToPage}
        zoom={zoom}
        scale={scale}
        onZoom={setZoom}
        fitScale={fitScale}
        findBox={findBox}
        onFind={(wanted) => void runFind(wanted)}
        onStep={stepHit}
        searching={searching}
        hits={hits === null ? null : hits.length}
        hitIndex={hitIndex}
      />
      <div className="casebook-pdf-main">
        <PdfThumbnails pdf={pdf} sizes={sizes} current={currentPage} onOpen={scrollToPage} />
        <div ref={setScroller} className="casebook-pdf-scroller" tabIndex={0} aria-label="PDF 原件页面">
          {sizes.map((size, index) => (
            <PdfPage
              key={index + 1}
              pdf={pdf}
              number={index + 1}
              size={size}
              scale={scale}
              scroller={scroller}
              texts={texts}
              query={hits ? query : ''}
              currentHitOnPage={current && current.page === index + 1 ? currentOnPage : null}
              onDrawn={onDrawn}
              recognised={recognised.get(index + 1)}
              picked={picked}
              onPick={setPicked}
              uncertainBelow={uncertainBelow}
            />
          ))}
        </div>
        {recognised.size > 0 && <RecognisedLinesPanel page={recognised.get(picked?.page ?? currentPage) ?? null} picked={picked} onPick={pickLine} uncertainBelow={uncertainBelow} />}
      </div>
    </div>
  );
}
