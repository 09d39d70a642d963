import { describe, expect, it } from 'vitest';
import { inertCss, pageForViewing } from '../../../electron/engine/originals/page-for-viewing';
import { viewingDocument } from '../../../shared/model/original-view';

// A saved page shown in 原件 may not run, submit, navigate or load anything: every way a page names
// another address is taken out (or the page's own data: image kept), whatever the page tried.

const HOSTILE_PAGE = `<!doctype html><html><head>
<meta http-equiv="refresh" content="0;url=http://evil.example.com/refresh">
<base href="http://evil.example.com/base/">
<link rel="stylesheet" href="http://evil.example.com/site.css">
<link rel="prefetch" href="http://evil.example.com/prefetch">
<style>@import url(http://evil.example.com/import.css); body { background: url('http://evil.example.com/bg.png') } h1 { color: #b22222 }</style>
<style>p{}</style><script>alert(1)</script>
</head><body onload="alert(1)">
<h1 onclick="alert(1)">工地开放日</h1>
<p style="background-image:url(http://evil.example.com/p.png);color:#333">邀请周边居民走进工地。</p>
<img src="data:image/png;base64,iVBORw0KGgo=" srcset="http://evil.example.com/2x.png 2x" alt="现场">
<img src="http://evil.example.com/photo.jpg" alt="远程图片">
<a href="javascript:alert(1)">脚本链接</a><a href="http://www.example.gov.cn/more.html" target="_blank" ping="http://evil.example.com/ping">查看更多</a>
<form action="http://evil.example.com/post" method="post"><input name="comment" formaction="http://evil.example.com/x"><button>提交</button></form>
<svg><script>alert(1)</script><image href="http://evil.example.com/svg.png"/></svg>
<object data="http://evil.example.com/x.swf"></object><embed src="http://evil.example.com/e.swf">
<video src="http://evil.example.com/v.mp4" poster="http://evil.example.com/poster.png"></video>
<iframe srcdoc="<script>alert(1)</script>" src="http://evil.example.com/frame"></iframe>
<table background="http://evil.example.com/table.png"><tr><td>表格</td></tr></table>
</body></html>`;

describe('a saved page made safe to look at', () => {
  const page = pageForViewing(HOSTILE_PAGE);
  const html = viewingDocument(page.styles, page.body);

  it('keeps what the page shows: its text, its own styles, its inlined picture, its controls (disabled)', () => {
    expect(page.body).toContain('工地开放日');
    expect(page.body).toContain('邀请周边居民走进工地。');
    expect(page.styles).toContain('color: #b22222');
    expect(page.body).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(page.body).toMatch(/<input[^>]*disabled/);
    expect(page.body).toContain('title="原网页链接：http://www.example.gov.cn/more.html"');
    expect(page.missingImages).toBe(1);
  });

  it('leaves no address to load, navigate to or post to, and nothing that runs', () => {
    expect(html).not.toContain('evil.example.com');
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|<video|<svg|<base|<link|http-equiv="refresh"|javascript:|\bon[a-z]+=|srcdoc|srcset|formaction|action=|target=/i);
    expect(html).not.toMatch(/<a [^>]*href/);
  });

  it('cannot be closed out of its <style> by the CSS it carries', () => {
    const escaped = pageForViewing('<html><head><style>p{}</style></head><body></body></html>', {
      image: () => null,
      styleSheet: () => null,
    });
    expect(escaped.styles).toBe('<style>p{}</style>');
    expect(inertCss('a{background:url(data:image/png;base64,AAAA)} b{background:url( "https://x.example/y.png" )}')).toBe('a{background:url(data:image/png;base64,AAAA)} b{background:none}');
    const breakout = pageForViewing('<html><head><link rel="stylesheet" href="s.css"></head><body><p>正文</p></body></html>', {
      image: () => null,
      styleSheet: () => 'p{color:red}</style><script>alert(1)</script>',
    });
    expect(breakout.styles).not.toMatch(/<\/style><script/i);
  });
});
