import { describe, expect, it } from 'vitest';
import { importerForFile } from '../../../electron/engine/import/registry';
import { readableOf } from '../../../electron/engine/import/reading/from-parsed';
import { readDocument, type DocumentReading } from '../../../electron/engine/import/reading/document-reading';
import { linesOfPlainText, type SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { places } from './fixture-helpers';

// Headlines and 发文机关 found by the structure around them: a headline broken over lines, whatever
// its pieces look like alone. Sample notices written for these tests.

const BODY = '为做好项目党建工作，现将有关事项通知如下：\n一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。\n二、各单位要加强督促检查，确保工作落到实处。';

function readText(text: string): DocumentReading {
  return readDocument({ lines: linesOfPlainText(text), web: true, stated: {}, statedOrigins: {} }, { fileName: '通知.txt', places });
}

function readLines(lines: SourceLine[]): DocumentReading {
  return readDocument({ lines, web: false, stated: {}, statedOrigins: {} }, { fileName: '通知.docx', places });
}

describe('a 公文 headline broken over lines', () => {
  it('joins a first line that ends like an organisation’s name ("…临时党支部") with the line that ends the headline', () => {
    const read = readLines([
      { text: '某某市某某区住房和城乡建设局文件', role: 'text', scale: 1.9, centered: true },
      { text: '某住建〔2025〕3号', role: 'text', centered: true },
      { text: '关于进一步加强建设工地临时党支部', role: 'text', scale: 1.4, centered: true },
      { text: '规范化建设的通知', role: 'text', scale: 1.4, centered: true },
      { text: '各有关单位：', role: 'text' },
      ...BODY.split('\n').map((text): SourceLine => ({ text, role: 'text' })),
      { text: '某某市某某区住房和城乡建设局', role: 'text', rightAligned: true },
      { text: '2025年3月11日', role: 'text', rightAligned: true },
    ]);
    expect(read.meta.title).toBe('关于进一步加强建设工地临时党支部规范化建设的通知');
    expect(read.meta.issuer).toBe('某某市某某区住房和城乡建设局');
    expect(read.text).not.toContain('规范化建设的通知');
  });

  it('joins three copied lines, the last only "通知" and the middle one ending in 的', () => {
    const read = readText(`关于公布2024年度某某县县级示范红色工地\n和优秀临时党支部书记名单的\n通知\n\n各有关单位：\n${BODY}\n\n某某县住房和城乡建设局\n2024年12月26日`);
    expect(read.meta.title).toBe('关于公布2024年度某某县县级示范红色工地和优秀临时党支部书记名单的通知');
    expect(read.meta.issuer).toBe('某某县住房和城乡建设局');
    expect(read.text).toContain('一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。');
  });

  it('still takes a 红头 ending in 通知 as the header, not as the headline', () => {
    const read = readText(`某某县住房和城乡建设局紧急通知\n关于做好汛期建设工地安全防范工作的通知\n各有关单位：\n${BODY}\n\n某某县住房和城乡建设局\n2024年6月20日`);
    expect(read.meta.title).toBe('关于做好汛期建设工地安全防范工作的通知');
  });
});

describe('a headline below its info line', () => {
  const PROSE = '近日，某大桥建设项目党建联盟召开联席会议，建设、施工、监理和属地村的党组织负责人参加。\n会议现场认领了7项需要协调解决的问题，明确了责任人和完成时限。';

  it('takes the line under the info line when the page’s name, menu and search box stand above it', () => {
    const read = readText(`某某市交通建设网\n首页  新闻中心  党建工作  信息公开  联系我们\n请输入关键字  搜索\n2024-08-13 16:05:21\u3000来源：某某市交通建设网\u3000作者：林某\n大桥项目党建联盟“现场办公”解难题\n${PROSE}`);
    expect(read.meta.title).toBe('大桥项目党建联盟“现场办公”解难题');
    expect(read.meta.author).toBe('林某');
    expect(read.text).not.toContain('请输入关键字');
    expect(read.text).toContain('会议现场认领了7项需要协调解决的问题，明确了责任人和完成时限。');
  });

  it('keeps the headline above its info line, and a subheading under it in the text', () => {
    const read = readText(`大桥项目党建联盟“现场办公”解难题\n2024-08-13 16:05:21\u3000来源：某某市交通建设网\n联盟议事有章法\n${PROSE}`);
    expect(read.meta.title).toBe('大桥项目党建联盟“现场办公”解难题');
    expect(read.text).toContain('联盟议事有章法');
  });
});

describe('the last line of a wrapped headline ending in 报', () => {
  it('is not a newspaper’s masthead ("…抽查情况的通报")', () => {
    const read = readText(`某某市住房和城乡建设局文 件\n某建通〔2024〕18号\n关于2024年第三季度全市红色工地建设\n抽查情况的通报\n各区县住建局，市各有关单位：\n${BODY}\n\n2024年10月28日\n（此件公开发布）`);
    expect(read.meta.title).toBe('关于2024年第三季度全市红色工地建设抽查情况的通报');
    expect(read.meta.source).toBeNull();
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
  });
});

describe('a page’s 落款', () => {
  const PLAN = '为推动建筑工人权益保障与红色工地建设深度融合，制定本方案。\n一、工作目标。到2025年底，全县规模以上在建项目全部建立工友之家。\n二、保障措施。三部门建立联席会议制度，每半年通报一次工作进展。';

  it('keeps three bodies on one line signing a plan dated with the month only, and reads them all as issuers', () => {
    const read = readText(`首页 | 政务公开 | 规划计划\n某某县红色工地工友权益保障行动方案\n发布时间：2024-06-03\u3000来源：县住建局\n${PLAN}\n中共某某县委组织部\u3000某某县住房和城乡建设局\u3000某某县总工会\n2024年5月\n【打印本页】【关闭窗口】`);
    expect(read.meta.issuer).toBe('中共某某县委组织部、某某县住房和城乡建设局、某某县总工会');
    expect(read.text).toContain('2024年5月');
  });

  it('takes out a footer naming the office that runs the site ("…办公室主办")', () => {
    const read = readText(`某某县红色工地工友权益保障行动方案\n发布时间：2024-06-03\n${PLAN}\n某某县住房和城乡建设局\n2024年5月30日\n某某县人民政府办公室主办`);
    expect(read.text).not.toContain('办公室主办');
    expect(read.meta.issuer).toBe('某某县住房和城乡建设局');
  });
});

describe('headlines shaped like sentences, and the lines around a write-up’s headline', () => {
  const STORY = '\n近日，某建设集团在某安置房项目推行“党员责任区”制度，把安全、质量和工友服务划入党员责任区。\n每名党员认领一个责任区，在作业面悬挂责任牌，公开姓名、岗位和承诺事项，接受工友监督。\n制度推行一年来，项目共整改安全隐患520余处，工友满意度提升到96%。';
  const file = (lines: string[]): DocumentReading => readLines(lines.map((text): SourceLine => ({ text, role: 'text' })));

  it('reads a headline ending in ！ and one of phrases set apart with 、 and ，', () => {
    expect(readText(`工地上的“红色加油站”，让工友们干劲十足！${STORY}`).meta.title).toBe('工地上的“红色加油站”，让工友们干劲十足！');
    expect(readText(`抓党建、促安全、保进度，某项目打造红色工地建设样板${STORY}`).meta.title).toBe('抓党建、促安全、保进度，某项目打造红色工地建设样板');
  });

  it('still takes a first line that is a sentence for no headline (待确认)', () => {
    const read = readText(`项目临时党支部组织党员突击队。${STORY}`);
    expect(read.toConfirm).toContain('title');
  });

  it('passes over a submission’s cover line and a series’ name, and leaves a "——" subtitle and a 关键词 line out of the title', () => {
    expect(file(['附件2', '2024年度红色工地典型案例申报材料', '“136党建链”串起项目发展链', '——某集团某项目临时党支部', ...STORY.trim().split('\n')]).meta.title).toBe('“136党建链”串起项目发展链');
    expect(file(['2024年度某县红色工地优秀案例', '党建积分激活项目“红色引擎”', '关键词：党建积分\u3000红色工地', ...STORY.trim().split('\n')]).meta.title).toBe('党建积分激活项目“红色引擎”');
  });

  it('reads a write-up with inline 背景。/做法。/成效。 labels as a case', () => {
    const read = file(['“136党建链”串起项目发展链', '一、背景。某项目工期紧、参建单位多，党员分散在各个班组。', '二、做法。项目临时党支部推行党建链，一个支部牵头，三方联建。', '三、成效。项目提前45天完成主体结顶，获评市级优秀红色工地。']);
    expect(read.meta.kind).toBe('case');
  });
});

describe('a 落款 with the seal marked beside the name', () => {
  it.each(['（印）', '（盖章）', '（签章）'])('keeps "某局%s" and its date in the article and reads the body as issuer', (mark) => {
    const read = readText(`关于开展红色工地星级评定工作的通知\n各有关单位：\n${BODY}\n某某市住房和城乡建设局${mark}\n2024年5月6日`);
    expect(read.meta.issuer).toBe('某某市住房和城乡建设局');
    expect(read.meta.date).toBe('2024-05-06');
  });
});

describe('a saved page whose headline only its <title> states', () => {
  const PARAS = '<p>12月3日，某区红色工地建设年度观摩会举行，与会人员先后走进3个市级优秀红色工地，现场学习党建联盟等做法。</p><p>观摩会上，6个项目临时党支部书记交流了一年来的工作经验。</p>';
  async function readPage(title: string): Promise<DocumentReading> {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div><a href="/">首页</a> <a href="/dj/">党建工作</a></div><div>${PARAS}</div></body></html>`;
    const parsed = await importerForFile('页面.html')?.parse({ fileName: '页面.html', bytes: Buffer.from(html) });
    if (!parsed) throw new Error('no html importer');
    return readDocument(readableOf(parsed), { fileName: '页面.html', places });
  }

  it('takes the headline beside the site’s name', async () => {
    expect((await readPage('某区举行红色工地建设年度观摩会_某区住房和城乡建设局')).meta.title).toBe('某区举行红色工地建设年度观摩会');
  });

  it('does not take a site’s or column’s name for a headline', async () => {
    const read = await readPage('党建工作_某区住房和城乡建设局');
    expect(read.toConfirm).toContain('title');
  });
});
