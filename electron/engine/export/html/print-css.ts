import type { ExportTemplate } from '../../../../shared/model/export';
import { cssFontFamily, FONTS, PAGE_SIZE_MM, TEMPLATES, type TextStyle } from '../layout-templates';

/**
 * The stylesheet of an exported page: how it looks on screen (a readable column) and in print (the
 * template's A4 page, margins, fonts and line pitch; page numbers in the page margin boxes, odd pages
 * at the right and even at the left for the official template). The PDF is this page printed.
 */

/**
 * 方正小标宋 is a heavy Song face. Where it is missing, the bold cut of Noto Serif CJK is the nearest
 * look; a local() face picks that cut by name without faking bold on the real 小标宋.
 */
const TITLE_FACE = '"CB 小标宋"';
const TITLE_FONT_FACE = `@font-face { font-family: ${TITLE_FACE}; src: local("方正小标宋简体"), local("FZXiaoBiaoSong-B05S"), local("方正小标宋_GBK"), local("Noto Serif CJK SC Bold"), local("NotoSerifCJKsc-Bold"), local("Source Han Serif SC Bold"); }`;

function font(style: TextStyle): string {
  const family = style.font === FONTS.xiaobiaosong ? `${TITLE_FACE}, ${cssFontFamily(style.font)}` : cssFontFamily(style.font);
  return `font-family: ${family}; font-size: ${style.sizePt}pt; font-weight: ${style.bold ? 700 : 400};`;
}

function pageNumberContent(format: 'dash' | 'plain'): string {
  return format === 'dash' ? '"— " counter(page) " —"' : 'counter(page)';
}

export function printCss(template: ExportTemplate): string {
  const t = TEMPLATES[template];
  const lineHeight = t.lineExactPt !== null ? `${t.lineExactPt}pt` : String(t.lineMultiple);
  // 公文: 28 characters per line in the 156 mm type area (see layout-templates.ts).
  const letterSpacing = t.grid ? `${((PAGE_SIZE_MM.width - t.marginMm.left - t.marginMm.right) / 25.4 * 72 / t.grid.chars - t.body.sizePt).toFixed(3)}pt` : 'normal';
  const number = `content: ${pageNumberContent(t.pageNumber.format)}; ${font(t.pageNumber)} vertical-align: top; padding-top: 7mm;`;
  const oneChar = `${t.pageNumber.sizePt}pt`;
  const oneLine = t.lineExactPt !== null ? `${t.lineExactPt}pt` : `${t.lineMultiple}em`;
  const pageBoxes =
    t.pageNumber.position === 'outside'
      ? `@page :right { @bottom-right { ${number} text-align: right; padding-right: ${oneChar}; } }
  @page :left { @bottom-left { ${number} text-align: left; padding-left: ${oneChar}; } }`
      : `@page { @bottom-center { ${number} text-align: center; } }`;
  return `
${TITLE_FONT_FACE}
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: #f4f2ee; }
body { margin: 0 auto; max-width: 820px; padding: 40px 56px 80px; background: #fff; color: #1d1d1d;
  ${font(t.body)} line-height: ${lineHeight}; text-align: justify; }
p { margin: 0; text-indent: ${t.indentChars}em; }
a { color: inherit; }
h1, h2, h3, h4 { margin: 0; text-indent: 0; }
.cb-cover { text-align: center; padding: 18vh 0 12vh; }
.cb-cover-title { ${font(t.title)} font-size: ${t.title.sizePt + 4}pt; line-height: 1.5; margin-bottom: 1em; }
.cb-cover-subtitle { ${font(t.h2)} text-indent: 0; margin-bottom: 6em; }
.cb-cover-issuer, .cb-cover-date { ${font(t.h1)} text-indent: 0; line-height: 2; }
.cb-toc, .cb-preface { padding: 1em 0 2em; }
.cb-front-title { ${font(t.h1)} text-align: center; margin-bottom: 1em; }
.cb-toc-title { letter-spacing: 1em; }
.cb-blank-page { display: none; }
.cb-toc ol { list-style: none; margin: 0; padding: 0; }
.cb-toc li { text-indent: 0; }
.cb-toc .cb-toc-2 { padding-left: 2em; }
.cb-toc a { text-decoration: none; display: flex; align-items: flex-end; }
.cb-toc-leader { flex: 1 1 2em; border-bottom: 1.5px dotted #555; margin: 0 0.3em 0.45em; min-width: 2em; }
.cb-toc-page { flex: none; min-width: 2em; text-align: right; }
.cb-section-title { ${font(t.h1)} text-align: center; margin: 1em 0; }
.cb-item { margin: 2.5em 0; }
.cb-item-title { ${font(t.title)} text-align: center; line-height: 1.45; margin-bottom: 0.6em; }
.cb-item-meta { ${font(t.meta)} text-align: center; text-indent: 0; margin-bottom: 1em; }
.cb-dianping { border-left: 3px solid #b0291f; background: #fbf4f2; padding: 0.4em 1em; margin: 0.8em 0 1.2em; ${font(t.meta)} }
.cb-dianping-label { text-indent: 0; font-weight: 700; }
.cb-body h2 { ${font(t.h1)} text-indent: ${t.indentChars}em; }
.cb-body h3 { ${font(t.h2)} text-indent: ${t.indentChars}em; }
.cb-body h4 { ${font(t.h3)} text-indent: ${t.indentChars}em; }
.cb-body ul, .cb-body ol { margin: 0; padding-left: ${t.indentChars}em; list-style: none; }
.cb-body li { text-indent: 0; }
.cb-signature { margin-top: ${oneLine}; }
.cb-signature-lines { display: table; margin: 0 2em 0 auto; text-align: center; }
.cb-signature-lines p { text-indent: 0; }
.cb-marker { margin-right: 0.3em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; font-size: ${Math.max(10.5, t.body.sizePt - 2)}pt; line-height: 1.4; }
th, td { border: 1px solid #555; padding: 0.2em 0.4em; text-align: left; vertical-align: top; }
th { font-family: ${cssFontFamily(FONTS.heiti)}; font-weight: 400; }
blockquote { margin: 0.5em 0 0.5em 2em; color: #333; }
figure { margin: 0.8em 0; text-align: center; }
figure img { max-width: 100%; }
hr { border: 0; border-top: 1px solid #999; margin: 1em 0; }
sup { font-size: 0.6em; }
.cb-notes { margin-top: 2em; border-top: 1px solid #999; padding-top: 0.5em; font-size: 0.85em; }
.cb-notes h2 { ${font(t.h1)} font-size: 1em; }
.cb-notes ol { padding-left: 2em; }
.cb-notes li { text-indent: 0; }
@page { size: A4; margin: ${t.marginMm.top}mm ${t.marginMm.right}mm ${t.marginMm.bottom}mm ${t.marginMm.left}mm; }
@media print {
  ${pageBoxes}
  @page front { counter-increment: page 0; @bottom-left { content: none; } @bottom-right { content: none; } @bottom-center { content: none; } }
  html, body { background: none; }
  body { max-width: none; padding: 0; letter-spacing: ${letterSpacing}; }
  .cb-cover, .cb-preface, .cb-toc, .cb-blank-page { page: front; }
  .cb-cover { padding: 30mm 0 0; height: ${PAGE_SIZE_MM.height - t.marginMm.top - t.marginMm.bottom - 2}mm; break-after: page; }
  .cb-preface, .cb-toc, .cb-blank-page { break-after: page; }
  .cb-blank-page { display: block; }
  .cb-item { margin: 0 0 2em; }
  ${t.itemPageBreak ? '.cb-section + .cb-section { break-before: page; }' : ''}
  .cb-item.cb-new-page { break-before: page; }
  .cb-item.cb-keep-whole { break-inside: avoid; }
  .cb-item-title, .cb-item-meta, .cb-section-title, .cb-body h2, .cb-body h3, .cb-body h4 { break-after: avoid; }
  /* The 落款 goes to the next page only with the last lines of the text above it. */
  .cb-signature { break-before: avoid; break-inside: avoid; }
  tr, figure { break-inside: avoid; }
  .cb-dianping { background: none; }
}
`;
}
