import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseFile } from './fixture-helpers';

// A case sent in its 申报表, a government page's 信息公开 table, and the lines that close a text
// (落款 with a seal, the 版记, 文/图 credits, reprint notes, 全媒体记者): written for this test.

const cell = (text: string): TableCell => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: [new Paragraph(text)] });
const row = (...texts: string[]): TableRow => new TableRow({ children: texts.map(cell) });

async function submission(rows: TableRow[], after: string[]): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph('附件2'),
          new Paragraph({ children: [new TextRun({ text: '某某市2025年度建筑工地党建典型案例申报表', size: 36, bold: true })] }),
          new Table({ rows }),
          ...after.map((text) => new Paragraph(text)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('a case sent in a 申报表', () => {
  const rows = [
    row('申报单位', '某某建工集团有限公司城南安置房项目党支部'),
    row('案例名称', '“夜校课堂”点亮工友求学路'),
    row('联 系 人', '周某某', '联系电话', '139****5521'),
    row('案例类别', '☑工人权益 □党建联建 □其他'),
    row('推荐单位意见', '同意推荐。（盖章） 2025年5月20日'),
  ];
  const writeUp = [
    '填表说明：案例材料不超过2000字。',
    '案例材料',
    '一、基本情况',
    '城南安置房项目高峰期有工人1100余名，其中四成没有读完初中，不少工友想学技术、考证书却没有门路。',
    '二、主要做法',
    '支部在生活区开办工友夜校，每周二、四晚上开课，由党员技术骨干讲识图、安全和考证知识，一年来开课86次。',
  ];

  it('takes the case name, the unit and the date of the seal from the form, and leaves the form out of the text', async () => {
    const { filled } = await parseFile('夜校课堂申报表.docx', await submission(rows, writeUp));
    expect(filled.meta).toMatchObject({ title: '“夜校课堂”点亮工友求学路', kind: 'case', date: '2025-05-20', organization: '某某建工集团有限公司城南安置房项目党支部' });
    for (const gone of ['申报表', '填表说明', '☑工人权益', '（盖章）', '联系电话', '附件2']) expect(filled.text).not.toContain(gone);
    expect(filled.text.startsWith('一、基本情况')).toBe(true);
    expect(filled.removed).toContainEqual(expect.objectContaining({ rule: 'submission-form' }));
  });

  it('keeps a write-up written inside the form’s cells', async () => {
    const inCells = [
      row('推荐单位', '某某区住房和城乡建设局'),
      row('案例名称', '“夜校课堂”点亮工友求学路'),
      row('基本情况', '城南安置房项目高峰期有工人1100余名，其中四成没有读完初中，不少工友想学技术、考证书却没有门路，支部决定从办夜校入手。'),
      row('推荐意见', '做法实在，同意推荐。某某区住房和城乡建设局（盖章） 2025年5月22日'),
    ];
    const { filled } = await parseFile('夜校课堂推荐表.docx', await submission(inCells, []));
    expect(filled.meta).toMatchObject({ title: '“夜校课堂”点亮工友求学路', kind: 'case', date: '2025-05-22' });
    expect(filled.text).toContain('不少工友想学技术、考证书却没有门路');
    expect(filled.text).not.toContain('同意推荐');
  });
});

describe('a government page’s 信息公开 table copied as text', () => {
  const page = [
    '索 引 号：\t11330100MB0000000X/2025-00012\t发布机构：\t某某市住房和城乡建设局',
    '名\u3000\u3000称：\t某某市住房和城乡建设局关于开展工地党建观摩的通知',
    '文 号：\t某建发〔2025〕8号\t有 效 性：\t有效',
    '某某市住房和城乡建设局关于开展工地党建观摩的通知',
    '各区县住建局：',
    '为推动工地党建工作经验交流，市局决定于6月组织开展工地党建观摩活动，请各区县住建局各推荐1个观摩项目。',
    '某某市住房和城乡建设局',
    '2025年5月9日',
  ].join('\n');

  it('reads the table into the document’s fields, takes it out of the text, and names the 发布机构 as its source', async () => {
    const { filled } = await parseFile('观摩通知.txt', Buffer.from(page));
    expect(filled.meta).toMatchObject({ kind: 'policy', docNumber: '某建发〔2025〕8号', source: '某某市住房和城乡建设局', date: '2025-05-09' });
    expect(filled.text).not.toContain('索 引 号');
    expect(filled.text).not.toContain('有效性');
    expect(filled.text.startsWith('各区县住建局：')).toBe(true);
  });
});

describe('lines that close a text', () => {
  const body = '项目临时党支部把党课搬到工地一线，党员先锋岗覆盖全部关键工序，全年未发生质量安全事故。\n每月一次的评比结果在生活区公示，工友们说看得见、信得过。';

  it('reads a 落款 signed with a seal and the 版记 under it', async () => {
    const notice = `关于开展红色工地创建活动的通知\n各区县住建局：\n${body}\n某某市住房和城乡建设局（盖章）\n2025年3月5日\n抄送：市委组织部。\n某某市住房和城乡建设局办公室\u3000\u30002025年3月6日印发`;
    const { filled } = await parseFile('通知.txt', Buffer.from(notice));
    expect(filled.meta).toMatchObject({ kind: 'policy', issuer: '某某市住房和城乡建设局', date: '2025-03-05' });
  });

  it('takes the writer of （文/X\u3000图/Y） as the author, not the photographer', async () => {
    const { filled } = await parseFile('观摩.txt', Buffer.from(`区住建局组织工地党建观摩\n来源：区住建局\n${body}\n（文/杨某某\u3000图/何某）`));
    expect(filled.meta.author).toBe('杨某某');
  });

  it('reads 全媒体记者 and 融媒体记者 as reporters', async () => {
    const { filled } = await parseFile('课堂.txt', Buffer.from(`工地上的红色课堂开讲了\n全媒体记者 王某丽 通讯员 陈某\n${body}`));
    expect(filled.meta.author).toBe('王某丽、陈某');
  });

  it('takes where a reprinted text first appeared as its source', async () => {
    const reprinted = await parseFile('转载.txt', Buffer.from(`工地上的红色课堂开讲了\n${body}\n（摘自《某某建设报》）`));
    expect(reprinted.filled.meta.source).toBe('某某建设报');
    expect(reprinted.filled.text).not.toContain('摘自');
  });
});

describe('a case copied out of a booklet or a series', () => {
  const caseText = (head: string, tail: string): string =>
    `${head}\n一、案例背景\n城东安置小区项目建设安置住房960套，回迁群众对房屋质量和交付后的物业服务十分关心，项目临时党支部决定让物业提前进场。\n二、主要做法\n支部推动物业企业在主体施工阶段进驻项目，派出党员工程师参与分户验收，提出整改意见120余条。\n${tail}`;

  it('takes the case’s own title under the booklet’s series heading, and reads the closing block past a photo placeholder', async () => {
    const text = caseText('附件3\n2025年度某某市建筑工地党建工作典型案例\n“物业先进场”让回迁群众住得安心\n——城东安置小区项目临时党支部', '（此处插入现场照片3张）\n报送单位：某某区住房和城乡建设局\n联系人：马某某　联系电话：0951-XXXXXXX\n2025年5月8日');
    const { filled } = await parseFile('物业先进场.txt', Buffer.from(text));
    expect(filled.meta).toMatchObject({ title: '“物业先进场”让回迁群众住得安心', date: '2025-05-08' });
    expect(filled.text).toContain('报送单位：某某区住房和城乡建设局');
    expect(filled.text).not.toContain('此处插入');
    expect(filled.removed).toContainEqual(expect.objectContaining({ rule: 'placeholder' }));
  });

  it('drops a series’ 编者按 but keeps an editor’s note about the case itself', async () => {
    const series = await parseFile('系列.txt', Buffer.from(caseText('“物业先进场”让回迁群众住得安心\n编者按：为总结推广全市“红色工地”建设经验，本号推出典型案例系列报道，敬请关注。', '')));
    expect(series.filled.text).not.toContain('敬请关注');
    const own = await parseFile('按语.txt', Buffer.from(caseText('“物业先进场”让回迁群众住得安心\n编者按：让物业在施工阶段就进场，是把交付后的矛盾化解在交付前的好办法。', '')));
    expect(own.filled.text).toContain('编者按：让物业在施工阶段就进场');
  });
});
