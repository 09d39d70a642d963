import type { Block, ExportBook, ExportItem, Inline, ListItem } from '../export-model';
import { tocEntries } from '../export-model';
import type { ExportTemplate } from '../../../../shared/model/export';
import { itemPlacements, type ItemPlacement } from '../item-pagination';
import { TEMPLATES } from '../layout-templates';
import { metaLineRows } from '../meta-line';
import { printCss } from './print-css';

/**
 * One self-contained HTML page of a book: semantic markup (article per item, h1–h4, ul/ol, table),
 * the stylesheet inline (screen and print), images as data URLs. Class names avoid the words
 * Readability and the importer treat as page chrome (comment, footer, menu…), so the page imports
 * back without losing text.
 */

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inlineHtml(inline: Inline): string {
  if (inline.note !== undefined) return `<sup><a href="#note-${inline.note}" id="ref-${inline.note}">[${inline.note}]</a></sup>`;
  let html = escapeHtml(inline.text).replace(/\n/g, '<br>');
  if (inline.bold) html = `<strong>${html}</strong>`;
  if (inline.italic) html = `<em>${html}</em>`;
  if (inline.underline) html = `<u>${html}</u>`;
  if (inline.href) html = `<a href="${escapeHtml(inline.href)}">${html}</a>`;
  return html;
}

function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines.map(inlineHtml).join('');
}

function listHtml(items: readonly ListItem[], ordered: boolean): string {
  const tag = ordered ? 'ol' : 'ul';
  const lis = items
    .map((item) => {
      const children = item.children.length > 0 ? listHtml(item.children, /\d/.test(item.children[0]?.marker ?? '')) : '';
      return `<li><span class="cb-marker">${escapeHtml(item.marker)}</span>${inlinesHtml(item.inlines)}${children}</li>`;
    })
    .join('\n');
  return `<${tag}>\n${lis}\n</${tag}>`;
}

export function blocksHtml(blocks: readonly Block[], headingBase = 1): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading': {
          const level = Math.min(6, block.level + headingBase);
          return `<h${level}>${inlinesHtml(block.inlines)}</h${level}>`;
        }
        case 'paragraph':
          return `<p>${inlinesHtml(block.inlines)}</p>`;
        case 'list':
          return listHtml(block.items, block.ordered);
        case 'table': {
          const rows = block.rows.map((row, index) => {
            const cell = block.header && index === 0 ? 'th' : 'td';
            return `<tr>${row.map((value) => `<${cell}>${escapeHtml(value)}</${cell}>`).join('')}</tr>`;
          });
          const [head, ...rest] = rows;
          return block.header ? `<table>\n<thead>${head}</thead>\n<tbody>\n${rest.join('\n')}\n</tbody>\n</table>` : `<table>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
        }
        case 'quote':
          return `<blockquote>\n${blocksHtml(block.blocks, headingBase)}\n</blockquote>`;
        case 'image':
          return `<figure><img src="${escapeHtml(block.src)}" alt="${escapeHtml(block.alt)}">${block.alt ? `<figcaption>${escapeHtml(block.alt)}</figcaption>` : ''}</figure>`;
        case 'rule':
          return '<hr>';
        case 'signature': {
          const lines = block.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
          const note = block.note ? `<p class="cb-signature-note">${escapeHtml(block.note)}</p>` : '';
          return `<div class="cb-signature"><div class="cb-signature-lines">${lines}</div>${note}</div>`;
        }
      }
    })
    .join('\n');
}

function itemHtml(item: ExportItem, template: ExportTemplate, placement: ItemPlacement | undefined): string {
  const classes = ['cb-item', placement?.newPage ? 'cb-new-page' : '', placement?.keepWhole ? 'cb-keep-whole' : ''].filter(Boolean).join(' ');
  const parts = [`<article class="${classes}" id="${item.anchor}">`, `<h1 class="cb-item-title">${escapeHtml(item.title)}</h1>`];
  if (item.metaLine) parts.push(`<p class="cb-item-meta">${metaLineRows(item.metaLine, TEMPLATES[template]).map(escapeHtml).join('<br>')}</p>`);
  if (item.commentary.length > 0) {
    parts.push(`<div class="cb-dianping">\n<p class="cb-dianping-label">【点评】</p>\n${blocksHtml(item.commentary)}\n</div>`);
  }
  parts.push(`<div class="cb-body">\n${blocksHtml(item.body)}\n</div>`, '</article>');
  return parts.join('\n');
}

/** What the PDF's printings learn and feed back into the page (print-booklet.ts). */
export interface PrintLayout {
  /** The page each TOC entry starts on, once known; a printed booklet with contents has one, empty on its first print. */
  tocPages?: ReadonlyMap<string, number>;
  /** A blank page closing the front matter, so the body's page 1 is a right-hand page. */
  blankAfterFront?: boolean;
}

/**
 * The book as one page: the front matter (cover, 编印说明 with a collection's description, contents),
 * each part on pages of its own without page numbers, then the sections and their items.
 */
export function renderHtml(book: ExportBook, print: PrintLayout = {}): string {
  const { tocPages } = print;
  const body: string[] = [];
  if (book.cover) {
    body.push(
      '<section class="cb-cover">',
      `<h1 class="cb-cover-title">${escapeHtml(book.title)}</h1>`,
      book.subtitle ? `<p class="cb-cover-subtitle">${escapeHtml(book.subtitle)}</p>` : '',
      book.issuer ? `<p class="cb-cover-issuer">${escapeHtml(book.issuer)}</p>` : '',
      `<p class="cb-cover-date">${escapeHtml(book.date)}</p>`,
      '</section>',
    );
  }
  if (book.intro.length > 0) body.push(`<section class="cb-preface">\n<h2 class="cb-front-title">编印说明</h2>\n${blocksHtml(book.intro)}\n</section>`);
  if (book.toc) {
    const entries = tocEntries(book)
      .map((entry) => {
        const page = tocPages?.get(entry.anchor);
        // Printed contents get a leader and a number box of one width, empty until the page is known.
        const number = tocPages ? `<span class="cb-toc-leader"></span><span class="cb-toc-page">${page !== undefined && page > 0 ? page : ''}</span>` : '';
        return `<li class="cb-toc-${entry.level}"><a href="#${entry.anchor}"><span class="cb-toc-text">${escapeHtml(entry.text)}</span>${number}</a></li>`;
      })
      .join('\n');
    body.push(`<section class="cb-toc">\n<h2 class="cb-front-title cb-toc-title">目录</h2>\n<ol>\n${entries}\n</ol>\n</section>`);
  }
  if (print.blankAfterFront) body.push('<div class="cb-blank-page"></div>');
  body.push('<main>');
  const placements = itemPlacements(book);
  for (const section of book.sections) {
    body.push(`<section class="cb-section" id="${section.anchor}">`);
    if (section.title) body.push(`<h2 class="cb-section-title">${escapeHtml(section.title)}</h2>`);
    if (section.intro.length > 0) body.push(blocksHtml(section.intro));
    for (const item of section.items) body.push(itemHtml(item, book.template, placements.get(item.anchor)));
    body.push('</section>');
  }
  if (book.notes.length > 0) {
    const notes = book.notes.map((note) => `<li id="note-${note.number}">${escapeHtml(note.text)} <a href="#ref-${note.number}">↩</a></li>`).join('\n');
    body.push(`<section class="cb-notes">\n<h2>注释</h2>\n<ol>\n${notes}\n</ol>\n</section>`);
  }
  body.push('</main>');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Casebook 案例库">
<title>${escapeHtml(book.title)}</title>
<style>${printCss(book.template)}</style>
</head>
<body class="cb-${book.template}">
${body.filter(Boolean).join('\n')}
</body>
</html>
`;
}
