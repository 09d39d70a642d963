import { itemCount } from './export-model';
import type { ExporterModule } from './exporter';
import { renderDocx } from './docx/render-docx';
import { renderHtml } from './html/render-html';
import { printBooklet } from './pdf/print-booklet';
import { repairPdfToUnicode } from './pdf/repair-to-unicode';
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
    const { pdf, html } = await printBooklet(book, input.pdfRenderer, input.progress);
    return { bytes: repairPdfToUnicode(pdf, html), fileBase: book.fileBase, items: itemCount(book) };
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
