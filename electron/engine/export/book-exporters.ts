import { itemCount, tocEntries } from './export-model';
import type { ExporterModule } from './exporter';
import { renderDocx } from './docx/render-docx';
import { renderHtml } from './html/render-html';
import { repairPdfToUnicode } from './pdf/repair-to-unicode';
import { tocPageNumbers } from './pdf/toc-pages';
import { renderMarkdown } from './render-markdown';

/**
 * Word in official document format (GB/T 9704 for 公文汇编), from the export model. Building the model
 * is synchronous, so progress is reported from the first step a polling window can see.
 */
export const docxExporter: ExporterModule = {
  format: 'docx',
  label: 'Word 文档',
  extension: '.docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  laidOut: true,
  async toBytes(input) {
    const book = input.book();
    input.progress('生成 Word 文档', 30);
    return { bytes: await renderDocx(book), fileBase: book.fileBase, items: itemCount(book) };
  },
};

/** The print page, printed by the injected PDF renderer (Electron or headless Chromium). */
export const pdfExporter: ExporterModule = {
  format: 'pdf',
  label: 'PDF 文件',
  extension: '.pdf',
  mimeType: 'application/pdf',
  laidOut: true,
  async toBytes(input) {
    const book = input.book();
    let html = renderHtml(book);
    input.progress('排版并打印 PDF', 15);
    let printed = await input.pdfRenderer.render(html);
    if (book.toc) {
      // Print again with the page each entry landed on; once more if the numbers moved the pages.
      const anchors = new Set(tocEntries(book).map((entry) => entry.anchor));
      let pages = await tocPageNumbers(printed, anchors);
      for (let pass = 0; pass < 2 && pages.size > 0; pass += 1) {
        html = renderHtml(book, pages);
        input.progress(`填入目录页码，再次打印（第 ${pass + 2} 遍）`, 55 + pass * 25);
        printed = await input.pdfRenderer.render(html);
        const landed = await tocPageNumbers(printed, anchors);
        if ([...landed].every(([anchor, page]) => pages.get(anchor) === page)) break;
        pages = landed;
      }
    }
    return { bytes: repairPdfToUnicode(printed, html), fileBase: book.fileBase, items: itemCount(book) };
  },
};

/** One self-contained page: inline stylesheet with print rules, images as data URLs. */
export const htmlExporter: ExporterModule = {
  format: 'html',
  label: '网页',
  extension: '.html',
  mimeType: 'text/html;charset=utf-8',
  laidOut: true,
  async toBytes(input) {
    const book = input.book();
    return { bytes: Buffer.from(renderHtml(book), 'utf8'), fileBase: book.fileBase, items: itemCount(book) };
  },
};

/** CommonMark with the metadata as YAML front matter. */
export const markdownExporter: ExporterModule = {
  format: 'md',
  label: 'Markdown',
  extension: '.md',
  mimeType: 'text/markdown;charset=utf-8',
  laidOut: false,
  async toBytes(input) {
    const book = input.book();
    return { bytes: Buffer.from(renderMarkdown(book), 'utf8'), fileBase: book.fileBase, items: itemCount(book) };
  },
};
