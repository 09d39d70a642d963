import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectCitations, plainTextToRichText, richTextDocSchema, richTextToPlainText, type RichTextDoc, type RichTextNode } from '../../../shared/model/rich-text';
import { sanitizeRichText } from '../../../electron/engine/drafts/sanitize-rich-text';
import { isSafeUrl, sanitizeHtml, type ParseHtml } from '../../../shared/model/sanitize-html';

const parse: ParseHtml = (html) => new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html') as unknown as ReturnType<ParseHtml>;

const text = (value: string): RichTextNode => ({ type: 'text', text: value });
const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const citation = (id: string): RichTextNode => ({ type: 'citation', attrs: { citationId: id, documentId: 'doc1', start: 0, end: 4, quote: '引文', title: '来源标题', source: null, date: null } });

describe('richTextToPlainText', () => {
  it('separates paragraphs by blank lines, lists one item a line, table cells by tabs, citations as [n]', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('第三讲 党建联建')] },
        para(text('工作要求：'), { type: 'hardBreak' }, text('三个到位')),
        { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('结对共建'))] }, { type: 'listItem', content: [para(text('党建联盟'))] }] },
        { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [para(text('铸魂'))] }, { type: 'listItem', content: [para(text('强基'))] }] },
        { type: 'blockquote', content: [para(text('吸纳了51家企业党组织'), citation('c1'))] },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ type: 'tableHeader', content: [para(text('地区'))] }, { type: 'tableHeader', content: [para(text('创建率'))] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', content: [para(text('温州'))] }, { type: 'tableCell', content: [para(text('70%'), citation('c2'))] }] },
          ],
        },
      ],
    };
    expect(richTextToPlainText(doc)).toBe(
      '第三讲 党建联建\n\n工作要求：\n三个到位\n\n- 结对共建\n- 党建联盟\n\n1. 铸魂\n2. 强基\n\n吸纳了51家企业党组织[1]\n\n地区\t创建率\n温州\t70%[2]',
    );
    expect(collectCitations(doc).map((item) => item.citationId)).toEqual(['c1', 'c2']);
  });

  it('round-trips plain paragraphs', () => {
    expect(richTextToPlainText(plainTextToRichText('第一段\n\n第二段'))).toBe('第一段\n\n第二段');
  });
});

describe('richTextDocSchema', () => {
  it('accepts an editor document and refuses other shapes and excessive depth', () => {
    expect(richTextDocSchema.safeParse({ type: 'doc', content: [para(text('正文'))] }).success).toBe(true);
    expect(richTextDocSchema.safeParse({ type: 'paragraph' }).success).toBe(false);
    let deep: object = text('深');
    for (let level = 0; level < 60; level += 1) deep = { type: 'blockquote', content: [deep] };
    const result = richTextDocSchema.safeParse({ type: 'doc', content: [deep] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/层级太深/);
  });
});

describe('pasted HTML from the web is sanitised', () => {
  it('drops scripts, styles, frames, forms, event handlers and javascript: URLs', () => {
    const html = [
      '<script>alert(1)</script><style>p{color:red}</style>',
      '<p style="color:red" onclick="steal()" class="x">赤色能量站<img src="x" onerror="alert(2)"></p>',
      '<a href="javascript:alert(3)">点我</a><a href=" JaVa\tScript:alert(4)">再点</a><a href="https://example.cn/news">原文</a>',
      '<iframe src="https://evil.example"></iframe><form action="/x"><input name="q"></form>',
      '<img src="data:text/html;base64,PHNjcmlwdD4=">',
    ].join('');
    const clean = sanitizeHtml(html, parse);
    expect(clean).not.toMatch(/script|onclick|onerror|style|iframe|<form|<input|javascript|data:text/i);
    expect(clean).toContain('赤色能量站');
    expect(clean).not.toContain('<img');
    expect(clean).toContain('href="https://example.cn/news"');
    expect(sanitizeHtml('<p ONCLICK = "x" title="on=1" onmouseover=\'y\'>a</p><img src=https://a.cn/x.png onerror=z>', parse)).toBe(
      '<p title="on=1">a</p><img src="https://a.cn/x.png">',
    );
    // An unclosed tag with thousands of attributes is scanned in linear time.
    const started = performance.now();
    sanitizeHtml('<img src="x" onerror="a()" ' + 'b="c" '.repeat(20_000), parse);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(isSafeUrl('vbscript:msgbox(1)')).toBe(false);
    expect(isSafeUrl('data:image/png;base64,AAAA')).toBe(true);
  });

  it('the engine strips unknown nodes, attributes, unsafe links and images from stored JSON', () => {
    const dirty = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { onclick: 'x', style: 'color:red' }, content: [{ type: 'text', text: '链接', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'bold' }] }] },
        { type: 'script', content: [text('alert(1)')] },
        { type: 'image', attrs: { src: 'javascript:alert(1)' } },
        { type: 'image', attrs: { src: 'data:image/png;base64,iVBORw0KGgo=', alt: '现场照片', onerror: 'x' } },
        { type: 'paragraph', content: [{ type: 'text', text: '官网', marks: [{ type: 'link', attrs: { href: 'https://zjt.zj.gov.cn', onclick: 'x' } }] }] },
      ],
    } as RichTextDoc;
    expect(sanitizeRichText(dirty)).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '链接', marks: [{ type: 'bold' }] }] },
        { type: 'image', attrs: { src: 'data:image/png;base64,iVBORw0KGgo=', alt: '现场照片' } },
        { type: 'paragraph', content: [{ type: 'text', text: '官网', marks: [{ type: 'link', attrs: { href: 'https://zjt.zj.gov.cn' } }] }] },
      ],
    });
  });
});
