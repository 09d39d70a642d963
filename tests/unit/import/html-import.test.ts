import { describe, expect, it } from 'vitest';
import { parseFile, parseFixture } from './fixture-helpers';

describe('importing saved web pages', () => {
  it('reads a GBK policy page: title, 文号, issuer, date, source, region and URL, without the chrome', async () => {
    const { parsed, filled } = await parseFixture('gbk-notice-page.html');
    expect(parsed.encoding).toBe('gb18030');
    expect(filled.meta).toMatchObject({
      title: '温州市鹿城区住房和城乡建设局关于开展2023年度“红色工地”星级评定工作的通知',
      kind: 'policy',
      docNumber: '鹿住建〔2023〕12号',
      issuer: '温州市鹿城区住房和城乡建设局',
      date: '2023-03-10',
      source: '区住建局',
      region: '浙江省温州市鹿城区',
      year: 2023,
      url: 'http://www.lucheng.example.gov.cn/art/2023/3/10/art_1229_4567.html',
    });
    expect(filled.text).toContain('各街道、镇，各有关单位：');
    expect(filled.text).toContain('评定以“六有一好”为基本标准');
    expect(filled.text).toMatch(/一、评定范围\n\n全区在建的房屋建筑/);
    for (const chrome of ['当前位置', '政务服务', '字号', '浏览次数', '打印', '关闭窗口', '分享到', '相关阅读', '鹿城区召开', '免责声明', '版权所有', 'ICP', 'Produced By', '统计脚本']) {
      expect(filled.text).not.toContain(chrome);
    }
    expect(filled.suggestedTerms).toContain('六有一好');
  });

  it('keeps one copy of a body the page holds twice, and reads the newspaper date line and byline', async () => {
    const { filled } = await parseFixture('news-body-twice.html');
    expect(filled.meta).toMatchObject({ title: '瓯海区“136党建链”串起铁路工地五方力量', kind: 'news', date: '2023-06-02', source: '东瓯日报', author: '林晓', region: '浙江省温州市瓯海区' });
    expect(filled.text.split('“136党建链”在这里正式落地').length).toBe(2);
    expect(filled.text).not.toMatch(/网友评论|发表评论|验证码|已有0条评论/);
  });

  it('drops spam and the site name before the title and finds the title in the text when the page has no heading', async () => {
    const { filled } = await parseFixture('spam-before-title.html');
    expect(filled.meta).toMatchObject({
      title: '“红领筑建”让党旗在安置房工地高高飘扬',
      source: '工程部',
      author: '陈晓峰',
      date: '2023-06-02',
      region: '浙江省杭州市临平区',
      kind: 'practice',
      practiceName: '红领筑建',
    });
    expect(filled.text).not.toMatch(/澳门|新葡京|百家乐|彩金|xpj8888|欢迎访问|集团概况/);
    expect(filled.text).toContain('推行“红领筑建，清廉筑基”工作法，由项目临时党支部牵头');
  });

  it('never lets script, style, frame or event-handler text into the document', async () => {
    const { filled } = await parseFixture('script-handlers.html');
    expect(filled.meta).toMatchObject({ title: '莲都区水利工地推行“防汛先锋岗”', date: '2024-07-08', source: '莲都区建设工程质量安全中心', region: '浙江省丽水市莲都区' });
    expect(filled.text).toContain('汛期24小时巡查围堰和边坡');
    for (const leak of ['脚本里的文字', '样式里的文字', 'alert', 'onerror', 'javascript', 'document.', '请启用', '追加的脚本段落', 'evil.example.com', '上一篇', '下一篇', '发表评论', '请输入评论内容']) {
      expect(filled.text).not.toContain(leak);
    }
  });

  it('drops hidden elements, where injected spam usually hides, wherever they are', async () => {
    const p = '<p>项目临时党支部与属地社区党委签订共建协议，开设工友课堂，累计培训工人600余人次。</p>';
    const html = `<html><body><h1>工地党建联建纪实</h1><div class="content">${p}<p style="DISPLAY: NONE">隐藏的博彩广告一</p><span hidden>隐藏二</span><div style="visibility:hidden">隐藏三</div>${p.replace('600', '700')}</div></body></html>`;
    const { filled } = await parseFile('hidden.html', Buffer.from(html));
    expect(filled.text).toContain('累计培训工人700余人次');
    expect(filled.text).not.toContain('隐藏');
  });

  it('keeps a Big5 page in traditional characters while reading its region in simplified', async () => {
    const { parsed, filled } = await parseFixture('traditional-big5.htm');
    expect(parsed.encoding).toBe('big5');
    expect(filled.meta).toMatchObject({
      title: '寧波杭州灣新區醫院工地推行「紅領築建」黨員突擊隊攻堅底板澆築',
      kind: 'news',
      date: '2024-03-22',
      source: '甬港商報',
      author: '鄭嘉言',
      region: '浙江省宁波市宁波杭州湾新区',
    });
    expect(filled.text).toContain('初春的寧波杭州灣新區');
    expect(filled.text).not.toMatch(/當前位置|字號|列印|瀏覽次數|免責聲明|版權所有/);
    expect(filled.suggestedTerms.slice(0, 1)).toEqual(['紅領築建']);
  });

  it('reads the HTML part of an MHTML file: quoted-printable, its charset, the snapshot URL and a [2024] 文号', async () => {
    const { parsed, filled } = await parseFixture('policy-page.mhtml');
    expect(parsed.encoding).toBe('utf-8');
    expect(filled.meta).toMatchObject({
      title: '台州市黄岩区住房和城乡建设局关于印发《黄岩区“红色工地”联建共建实施方案》的通知',
      kind: 'policy',
      docNumber: '黄住建发〔2024〕9号',
      issuer: '台州市黄岩区住房和城乡建设局',
      date: '2024-04-18',
      region: '浙江省台州市黄岩区',
      url: 'https://www.huangyan.example.gov.cn/art/2024/4/18/art_1229_98765.html',
    });
    expect(filled.text).toContain('以“一强一优五提升”为总抓手');
    expect(filled.text).not.toMatch(/您的位置|iVBOR|font-family|【打印】/);
  });

  it('decodes a page that declares GBK but was re-saved as UTF-8, and one that declares nothing', async () => {
    const body = '<h1>临时党支部工作法</h1><p>项目临时党支部由建设、施工、监理三方联合组建，推行党员先锋岗制度，带头攻坚质量安全难题。</p>';
    const declared = await parseFile('a.html', Buffer.from(`<html><head><meta charset="gbk"></head><body>${body}</body></html>`, 'utf8'));
    expect(declared.parsed.encoding).toBe('utf-8');
    expect(declared.filled.text).toContain('推行党员先锋岗制度');
    const iconv = (await import('iconv-lite')).default;
    const undeclared = await parseFile('b.htm', iconv.encode(`<html><body>${body}</body></html>`, 'gbk'));
    expect(undeclared.parsed.encoding).toBe('gb18030');
    expect(undeclared.filled.meta.title).toBe('临时党支部工作法');
  });

  it('reads an old table-layout page: sidebar menu dropped, <br> paragraphs kept, title found above the info line', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>丽水市住房和城乡建设局</title></head><body>
<table width="100%"><tr><td><img src="logo.gif"></td><td>丽水市住房和城乡建设局 | 网站首页 | 政务公开 | 党建工作</td></tr></table>
<table width="980"><tr><td width="200" valign="top"><ul><li><a>党建动态</a></li><li><a>通知公告</a></li><li><a>政策法规</a></li><li><a>联系我们</a></li></ul></td>
<td valign="top"><table width="100%"><tr><td align="center"><font size="4"><b>缙云县市政工程推行“安心码”工友扫码维权</b></font></td></tr>
<tr><td align="center">时间：2023年09月12日 来源：缙云县住建局 点击：<span>88</span></td></tr>
<tr><td><font face="仿宋">\u3000\u3000近日，缙云县一处市政道路工程的临时党支部推出“安心码”，工友扫码即可反映工资支付、安全隐患等诉求，党员在24小时内响应。<br><br>\u3000\u3000“安心码”上线三个月，共收到工友诉求57条，全部办结，其中协调追回工资23万元。</font></td></tr></table></td></tr></table>
<div align="center">主办单位：丽水市住房和城乡建设局\u3000地址：丽水市人民街1号\u3000电话：0578-0000000<br>浙ICP备00000000号</div></body></html>`;
    const { filled } = await parseFile('old-layout.htm', (await import('iconv-lite')).default.encode(html, 'gbk'));
    expect(filled.meta).toMatchObject({ title: '缙云县市政工程推行“安心码”工友扫码维权', date: '2023-09-12', source: '缙云县住建局', region: '浙江省丽水市缙云县', practiceName: '安心码' });
    expect(filled.text).toContain('党员在24小时内响应。\n\n“安心码”上线三个月');
    expect(filled.text).not.toMatch(/党建动态|通知公告|联系我们|网站首页|主办单位|ICP|点击/);
  });

  it('takes the article heading the <title> repeats, not the column name beside it', async () => {
    const html = `<html><head><title>鹿城区开展工地党建联建_通知公告_鹿城区人民政府</title></head><body>
<h2 class="column-title">通知公告</h2><h1>鹿城区开展工地党建联建</h1>
<p>项目临时党支部与属地社区党委签订共建协议，开设工友课堂，累计培训工人600余人次。</p></body></html>`;
    const { filled } = await parseFile('column.html', Buffer.from(html));
    expect(filled.meta.title).toBe('鹿城区开展工地党建联建');
  });

  it('skips images inlined as data: URLs (pages saved as one file)', async () => {
    const image = `data:image/png;base64,${Buffer.alloc(3 * 1024 * 1024, 7).toString('base64')}`;
    const html = `<html><body><h1>工地党建联建纪实</h1><img src="${image}"><p>项目临时党支部与属地社区党委签订共建协议，开设工友课堂，累计培训工人600余人次。</p></body></html>`;
    const { filled } = await parseFile('single-file.html', Buffer.from(html));
    expect(filled.meta.title).toBe('工地党建联建纪实');
    expect(filled.text).toBe('项目临时党支部与属地社区党委签订共建协议，开设工友课堂，累计培训工人600余人次。');
  });

  it('fails an MHTML file without a page in it with a Chinese reason', async () => {
    const bytes = Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n', 'latin1');
    await expect(parseFile('empty.mhtml', bytes)).rejects.toThrow('没有网页内容');
    await expect(parseFile('plain.mht', Buffer.from('这不是 MHTML 文件'))).rejects.toThrow('MHTML');
  });
});
