import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { generateDocument, type GeneratedDocument } from './search-corpus';

/**
 * A deterministic batch of files for the import benchmark, in the mix staff receive (domain.md):
 * plain text in UTF-8 (some with a BOM) and GBK, Markdown with front matter, saved web pages with
 * site chrome (breadcrumbs, 字号, 打印/关闭, counters, related links, footer), and a few Word files.
 * The text is the search benchmark's invented corpus: never real articles.
 */

export type CorpusFormat = 'txt-utf8' | 'txt-gbk' | 'md' | 'html' | 'docx';

/** Out of every 20 files: 4 UTF-8 text, 4 GBK text, 5 Markdown, 6 web pages, 1 Word file. */
const PATTERN: readonly CorpusFormat[] = [
  'txt-utf8', 'html', 'txt-gbk', 'md', 'html', 'txt-utf8', 'md', 'txt-gbk', 'html', 'docx',
  'txt-utf8', 'md', 'html', 'txt-gbk', 'md', 'html', 'txt-utf8', 'txt-gbk', 'md', 'html',
];

const EXTENSIONS: Record<CorpusFormat, string> = { 'txt-utf8': 'txt', 'txt-gbk': 'txt', md: 'md', html: 'html', docx: 'docx' };

function paragraphs(text: string): string[] {
  // The generator writes one long run; cut it into paragraphs at sentence ends, as documents have.
  const sentences = text.split(/(?<=。)/u);
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += 4) out.push(sentences.slice(i, i + 4).join(''));
  return out.filter((paragraph) => paragraph.trim().length > 0);
}

function byline(doc: GeneratedDocument): string {
  return `发布日期：${doc.date}\u3000信息来源：${doc.source ?? doc.organization}\u3000作者：${doc.kind === 'news' ? '记者 林晓' : '办公室'}`;
}

function plainText(doc: GeneratedDocument): string {
  const head = doc.kind === 'policy' ? `${doc.docNumber ?? ''}\n\n各有关单位：\n` : `${byline(doc)}\n`;
  const tail = doc.kind === 'policy' ? `\n${doc.issuer ?? ''}\n${doc.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}\n` : '';
  return `${doc.title}\n\n${head}\n${paragraphs(doc.text).join('\n\n')}\n${tail}`;
}

function markdown(doc: GeneratedDocument): string {
  const front = [
    '---',
    `title: ${doc.title}`,
    `kind: ${doc.kind}`,
    `date: ${doc.date}`,
    `region: ${doc.region}`,
    `organization: ${doc.organization}`,
    doc.practiceName ? `practiceName: ${doc.practiceName}` : null,
    `tags: [${doc.tags.join(', ')}]`,
    '---',
  ].filter((line) => line !== null);
  return `${front.join('\n')}\n\n${paragraphs(doc.text).map((paragraph, index) => (index % 5 === 0 ? `## ${index / 5 + 1}. 工作情况\n\n${paragraph}` : paragraph)).join('\n\n')}\n`;
}

function html(doc: GeneratedDocument, index: number): string {
  const body = paragraphs(doc.text).map((paragraph) => `<p>\u3000\u3000${paragraph}</p>`).join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${doc.title}_${doc.city}市住房和城乡建设局</title>
<script>var _hmt = _hmt || []; document.write("统计");</script></head>
<body>
<div class="nav"><a href="/">首页</a> <a>政务公开</a> <a>党建工作</a> <a>互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a>党群工作</a> &gt; <a>党建动态</a></div>
<div class="article">
<h1>${doc.title}</h1>
<div class="info">${byline(doc)}\u3000字号：[ <a>大</a> <a>中</a> <a>小</a> ]\u3000浏览次数：${100 + (index % 900)}</div>
<div class="content">
${body}
</div>
<div class="tools">【<a>打印</a>】【<a>关闭</a>】</div>
</div>
<div class="related"><h3>相关文章</h3><ul><li><a>${doc.city}市召开“红色工地”建设现场推进会</a></li><li><a>住建系统开展主题党日活动</a></li><li><a>项目临时党支部开展结对共建</a></li></ul></div>
<div class="footer"><p>版权所有：${doc.city}市住房和城乡建设局\u3000浙ICP备12345678号</p><p>Produced By 大汉网络 大汉版通发布系统</p></div>
</body></html>`;
}

async function wordFile(doc: GeneratedDocument): Promise<Buffer> {
  const children = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: byline(doc), alignment: AlignmentType.CENTER }),
    ...paragraphs(doc.text).flatMap((paragraph, index) =>
      index % 4 === 0 ? [new Paragraph({ text: `${'一二三四五六七八九十'[Math.floor(index / 4) % 10] ?? ''}、工作情况`, heading: HeadingLevel.HEADING_1 }), new Paragraph(paragraph)] : [new Paragraph(paragraph)],
    ),
  ];
  return Packer.toBuffer(new Document({ creator: 'Administrator', sections: [{ children }] }));
}

/** Writes `count` files into `folder` (deterministic for a seed) and returns their formats. */
export async function writeImportCorpus(folder: string, count: number, seed: number): Promise<Record<CorpusFormat, number>> {
  const counts: Record<CorpusFormat, number> = { 'txt-utf8': 0, 'txt-gbk': 0, md: 0, html: 0, docx: 0 };
  for (let index = 0; index < count; index++) {
    const format = PATTERN[index % PATTERN.length] ?? 'txt-utf8';
    const doc = generateDocument(seed, index, 800 + ((index * 7919) % 2400));
    const name = path.join(folder, `${String(index).padStart(5, '0')}-${doc.kind}.${EXTENSIONS[format]}`);
    let bytes: Buffer;
    if (format === 'txt-utf8') bytes = Buffer.from(`${index % 3 === 0 ? '\uFEFF' : ''}${plainText(doc)}`, 'utf8');
    else if (format === 'txt-gbk') bytes = iconv.encode(plainText(doc), 'gbk');
    else if (format === 'md') bytes = Buffer.from(markdown(doc), 'utf8');
    else if (format === 'html') bytes = Buffer.from(html(doc, index), 'utf8');
    else bytes = await wordFile(doc);
    fs.writeFileSync(name, bytes);
    counts[format] += 1;
  }
  return counts;
}
