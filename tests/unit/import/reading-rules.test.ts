import { describe, expect, it } from 'vitest';
import { extractDocNumber } from '../../../electron/engine/import/metadata/extract-doc-number';
import { extractPracticeName, extractTerms } from '../../../electron/engine/import/metadata/extract-terms';
import { extractYear } from '../../../electron/engine/import/metadata/extract-year';
import { CUE_WEIGHTS, findPlaceCues, resolvePlace } from '../../../electron/engine/import/places/resolve-place';
import { readDocument, type DocumentReading } from '../../../electron/engine/import/reading/document-reading';
import { linesOfPlainText, type SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { places } from './fixture-helpers';

// What import reads from a text as a person would: the fields its structure states. Each rule on
// sentences written for it, read through the same path a copied page takes (reading/document-reading.ts).

const BODY = '\n\n项目临时党支部组织党员突击队，保障工程质量与安全，全年未发生质量安全事故。\n';

function readText(text: string, fileName = '资料.txt'): DocumentReading {
  return readDocument({ lines: linesOfPlainText(text), web: true, stated: {}, statedOrigins: {} }, { fileName, places });
}

describe('发布日期', () => {
  it.each([
    ['发布日期：2024-11-15  信息来源：投资公司', '2024-11-15'],
    ['来 源:工程部 作 者:某某 发布日期:2023-06-02', '2023-06-02'],
    ['发布时间：2023/6/2 10:32', '2023-06-02'],
    ['發布日期：2024.03.22', '2024-03-22'],
    ['发布时间：[ 2023-09-08 ]  字号：大 中 小', '2023-09-08'],
    ['2023年06月02日 星期五\u3000第00012版', '2023-06-02'],
    ['2024年3月22日\u3000來源：大公網', '2024-03-22'],
  ])('reads %s', (line, expected) => {
    expect(readText(`工地党建纪实报道\n${line}${BODY}`).meta.date).toBe(expected);
  });

  it('takes a notice’s 成文日期 from its 落款, in Arabic or Chinese numerals', () => {
    expect(readText(`关于开展评定工作的通知\n各有关单位：${BODY}\n温州市住房和城乡建设局\n2022年5月24日\n（此件公开发布）`).meta.date).toBe('2022-05-24');
    expect(readText(`关于推行联建机制的意见\n各街道：${BODY}\n某某区住房和城乡建设局\n二〇二三年十二月三十一日`).meta.date).toBe('2023-12-31');
  });

  it('prefers the 落款 of a notice to the day the site published it', () => {
    expect(readText(`关于开展评定工作的通知\n发布日期：2022-06-01\n各有关单位：${BODY}\n温州市住房和城乡建设局\n2022年5月24日`).meta.date).toBe('2022-05-24');
  });

  it('ignores a site clock showing the day the page was saved', () => {
    expect(readText(`今天是：2024年11月20日 星期三\n首页 政务公开 政务服务 互动交流\n工地党建纪实报道${BODY}`).meta.date).toBeNull();
  });

  it('rejects dates that do not exist and dates inside the body', () => {
    expect(readText(`工地党建纪实报道\n发布日期：2023-02-30${BODY}`).meta.date).toBeNull();
    expect(readText(`一、工作目标${BODY}请于2024年6月30日前报送材料，逾期不再受理。`).meta.date).toBeNull();
  });
});

describe('来源 and 作者', () => {
  it('reads both from one info line, with stray spaces in the labels, and takes the line out of the text', () => {
    const read = readText(`工地党建纪实报道\n来 源:工程部 作 者:陈晓峰 发布日期:2023-06-02${BODY}`);
    expect(read.meta).toMatchObject({ source: '工程部', author: '陈晓峰' });
    expect(read.text).not.toContain('工程部');
    expect(read.removed).toContainEqual(expect.objectContaining({ rule: 'info-line' }));
  });

  it('stops a value at the next label, also when the labels are glued to the values', () => {
    expect(readText(`工地党建纪实报道\n发布日期：2024-11-15\u3000信息来源：投资公司\u3000作者：李帅\u3000浏览次数：12${BODY}`).meta).toMatchObject({ source: '投资公司', author: '李帅' });
    expect(readText(`工地党建纪实报道\n2024-03-12来源：某某建设党总支作者：徐丹阅读 1,358${BODY}`).meta).toMatchObject({ source: '某某建设党总支', author: '徐丹', date: '2024-03-12' });
  });

  it('never takes the next line for an empty label', () => {
    expect(readText(`工地党建纪实报道\n来源：\u3000作者：\u3000发布时间：2024-01-02${BODY}`).meta).toMatchObject({ source: null, author: null });
  });

  it('reads the reporters of a news lead and a closing byline', () => {
    expect(readText(`铁路工地五方联建\n本报讯（记者 林晓 通讯员 周文）6月1日，项目签下联建协议。${BODY}`).meta.author).toBe('林晓、周文');
    expect(readText(`铁路工地五方联建\n本报讯 记者 林晓 通讯员 周文 6月1日，项目签下联建协议。${BODY}`).meta.author).toBe('林晓、周文');
    expect(readText(`铁路工地五方联建${BODY}项目当天签下联建协议。\n（记者 王敏）`).meta.author).toBe('王敏');
    expect(readText(`工地夜校开课了${BODY}\n（撰稿：郑雅婷\u3000审核：陈志明）`).meta.author).toBe('郑雅婷');
  });

  it('reads a 公众号 article’s head line: author, account and date', () => {
    expect(readText(`我们怎样当好工友的“红色管家”\n原创 王慧敏 湖建先锋 2024年04月25日 17:30 浙江${BODY}`).meta).toMatchObject({ author: '王慧敏', source: '湖建先锋', date: '2024-04-25' });
  });

  it('joins a name padded to three characters', () => {
    expect(readText(`工地党建纪实报道\n作者：李 帅\u3000来源：区住建局${BODY}`).meta.author).toBe('李帅');
  });

  it('reads a source given at the end in brackets', () => {
    expect(readText(`工地党建纪实报道${BODY}\n（来源：东瓯日报）`).meta.source).toBe('东瓯日报');
  });

  it('takes the newspaper and the edition date from a masthead', () => {
    const read = readText(`瓯江晚报 2024年03月18日 第00005版：要闻\n鹿城：工地党建跑出加速度${BODY}`);
    expect(read.meta).toMatchObject({ source: '瓯江晚报', date: '2024-03-18', title: '鹿城：工地党建跑出加速度' });
    expect(readText(`据瓯江晚报2024年3月18日第5版报道，项目已开工。${BODY}`).meta.source).toBeNull();
  });

  it('takes the paper and the edition date from a PDF page’s running header, and lists the header and footer as removed', () => {
    const page = (text: string, extra: Partial<SourceLine> = {}): SourceLine => ({ text, role: 'text', blockStart: true, page: 1, ...extra });
    const read = readDocument(
      {
        lines: [
          page('琴岛晚报 2023年8月24日 星期四 A05 城阳新闻', { furniture: true }),
          page('城阳区：工地党建“联”出一张安全网', { role: 'heading', level: 1, scale: 1.6 }),
          page('本报8月23日讯（记者 孙静怡）城阳区建筑工地安全生产党建联盟在一处片区改造项目现场成立。'),
          page('琴岛晚报数字报 本版编辑：韩冰 美编：赵璐 校对：李强', { furniture: true }),
        ],
        web: false,
        stated: {},
        statedOrigins: {},
      },
      { fileName: 'A05.pdf', places },
    );
    expect(read.meta).toMatchObject({ source: '琴岛晚报', date: '2023-08-24', title: '城阳区：工地党建“联”出一张安全网', author: '孙静怡' });
    expect(read.text).not.toMatch(/琴岛晚报|本版编辑/);
    expect(read.removed.map((block) => block.text)).toEqual(expect.arrayContaining(['琴岛晚报数字报 本版编辑：韩冰 美编：赵璐 校对：李强']));
  });

  it('reads a digital edition’s masthead with 数字版 and the date glued on, and an info line that names a paper as an info line', () => {
    expect(readText(`庐州晚报数字版2023年3月9日 星期四 往期回顾\n包河区：工地“党员示范岗”助力重点工程${BODY}`).meta).toMatchObject({ source: '庐州晚报', date: '2023-03-09' });
    expect(readText(`德清：“清廉工地”纳入星级评定\n湖州日报 · 2025-03-12 16:05 · 来源：湖州日报${BODY}`).meta).toMatchObject({ source: '湖州日报', date: '2025-03-12' });
  });

  it('reads a press release: news, sourced to the unit in its header or its 供稿单位, the contact lines taken out', () => {
    const release = readText(`杭州市余杭区住房和城乡建设局新闻稿\n余杭区“红色工地”数字党建平台上线运行${BODY}\n新闻联系人：区住建局党建办 许婷 电话：0571-80000000`);
    expect(release.meta).toMatchObject({ kind: 'news', source: '杭州市余杭区住房和城乡建设局' });
    expect(release.text).not.toMatch(/新闻稿|联系人/);
    const supplied = readText(`新闻通稿\n柯桥区发布“红色工地”建设三年行动成果${BODY}\n供稿单位：绍兴市柯桥区住房和城乡建设局\u3000联系人：陈思远\u3000联系电话：0575-80000000`);
    expect(supplied.meta).toMatchObject({ kind: 'news', source: '绍兴市柯桥区住房和城乡建设局' });
    expect(supplied.removed.map((block) => block.rule)).toContain('press-release');
  });

  it('finds nothing where nothing is stated', () => {
    expect(readText(`工地党建纪实报道${BODY}`).meta).toMatchObject({ source: null, author: null });
    expect(readText('工地党建纪实报道\n\n记者了解到，项目已于6月开工，工人们干劲十足。').meta.author).toBeNull();
  });
});

describe('公文: 发文机关, 发文字号 and 主送机关', () => {
  it('takes the body in the 落款 above the date, and the addressees', () => {
    const read = readText(`关于开展评定工作的通知\n各县（市、区）住建局，各有关单位：${BODY}\n温州市住房和城乡建设局\n2022年5月24日`);
    expect(read.meta).toMatchObject({ kind: 'policy', issuer: '温州市住房和城乡建设局', addressees: '各县（市、区）住建局，各有关单位' });
  });

  it('names every body of a joint notice', () => {
    const read = readText(`关于推进工地党建的通知\n各有关单位：${BODY}\n中共温州市委组织部\u3000温州市住房和城乡建设局\n2023年7月1日`);
    expect(read.meta.issuer).toBe('中共温州市委组织部、温州市住房和城乡建设局');
  });

  it('falls back to the 关于 prefix of the title, then the red header', () => {
    expect(readText(`宁波市鄞州区住房和城乡建设局关于加强临时党支部管理的实施意见${BODY}请认真贯彻落实。`).meta.issuer).toBe('宁波市鄞州区住房和城乡建设局');
    const red = readText(`绍兴市越城区住房和城乡建设局文件\n越住建〔2023〕7号\n关于加强管理的意见\n各街道：${BODY}`);
    expect(red.meta).toMatchObject({ issuer: '绍兴市越城区住房和城乡建设局', docNumber: '越住建〔2023〕7号', title: '关于加强管理的意见' });
    // The 版头 is structure, not text to read.
    expect(red.text).not.toContain('文件');
  });

  it('reads the cover notice’s 落款 of a 印发 notice, not the date inside the plan it issues', () => {
    const read = readText(
      `关于印发《某区“红色工地”提质扩面行动方案》的通知\n各街道：\n现将《某区“红色工地”提质扩面行动方案》印发给你们，请认真贯彻落实。\n附件：某区“红色工地”提质扩面行动方案\n某区住房和城乡建设局\n2024年3月12日\n（此件公开发布）\n某区“红色工地”提质扩面行动方案\n一、工作目标\n到2024年12月31日，全区创建覆盖率达到60%以上，项目临时党支部应建尽建。\n二、保障措施\n各街道要落实属地责任，明确专人负责日常联络工作。`,
    );
    expect(read.meta).toMatchObject({ kind: 'policy', date: '2024-03-12', issuer: '某区住房和城乡建设局', attachments: '某区“红色工地”提质扩面行动方案' });
    expect(read.text).toContain('一、工作目标');
  });

  it.each([
    ['温住建〔2022〕35号', '温住建〔2022〕35号'],
    ['温住建[2022]35号', '温住建〔2022〕35号'],
    ['温住建［2022］35号', '温住建〔2022〕35号'],
    ['温住建(2022)35号', '温住建〔2022〕35号'],
    ['温住建（2022）035号', '温住建〔2022〕35号'],
    ['发文字号：浙建办【2021】5号', '浙建办〔2021〕5号'],
  ])('normalises %s', (line, expected) => {
    expect(extractDocNumber(`${line}${BODY}`)).toBe(expected);
  });

  it('does not take a number cited inside a paragraph', () => {
    expect(extractDocNumber(`根据《关于深化“红色工地”建设的意见》（浙建〔2021〕5号），制定本方案。${BODY}`)).toBeNull();
  });
});

describe('地区 from the complete list of places', () => {
  const region = (parts: { title?: string; issuer?: string; head?: string }): string | null =>
    resolvePlace(
      findPlaceCues(
        [
          { weight: CUE_WEIGHTS.issuer, text: parts.issuer ?? '' },
          { weight: CUE_WEIGHTS.title, text: parts.title ?? '' },
          { weight: CUE_WEIGHTS.head, text: parts.head ?? '' },
        ],
        places,
      ),
    )?.fullName ?? null;

  it('gives the most specific place, written as province, city and district', () => {
    expect(region({ head: '公司总部位于温州市龙湾区，承建的龙湾区某人才房项目已开工。' })).toBe('浙江省温州市龙湾区');
    expect(region({ title: '鹿城区安置房工地设立“赤色能量站”' })).toBe('浙江省温州市鹿城区');
    expect(region({ head: '近日，宁波一处医院工地举行开工仪式。' })).toBe('浙江省宁波市');
  });

  it('resolves 普陀区 and 江北区 by the city they are mentioned with', () => {
    expect(region({ head: '普陀区六横岛一所学校开工，舟山海事部门全程保障。' })).toBe('浙江省舟山市普陀区');
    expect(region({ head: '上海市普陀区一处保障房工地成立临时党支部。' })).toBe('上海市普陀区');
    expect(region({ head: '江北区一处安置房工地成立联合党支部，宁波市住建局到场指导。' })).toBe('浙江省宁波市江北区');
  });

  it('keeps a provincial department’s notice provincial even when its text lists cities', () => {
    expect(region({ title: '浙江省住房和城乡建设厅关于深化“红色工地”建设的指导意见', issuer: '浙江省住房和城乡建设厅', head: '杭州、宁波、温州等地先行先试。' })).toBe('浙江省');
  });

  it('does not read a place out of common words, road names or revolutionary phrases', () => {
    expect(region({ head: '在城西安置房项目，党员每天巡查，确保施工安全无事故。' })).toBeNull();
    expect(region({ head: '项目部位于运河南岸，紧邻中山西路与湖南路交叉口。' })).toBeNull();
    expect(region({ head: '支部组织党员学习延安精神，赴遵义会议会址开展主题党日。' })).toBeNull();
    expect(region({ head: '丽水市莲都区城西安置房项目临时党支部成立。' })).toBe('浙江省丽水市莲都区');
  });

  it('files a document under a district named in its text, not only under the city it names often', () => {
    const read = readText(`党建联建聚合力\n\n嘉兴市某安置房项目位于南湖区，全市首批示范项目。嘉兴市住建局多次到项目调研。\n南湖区住建局推动项目与社区结对，嘉兴市总工会送来慰问品。`);
    expect(read.meta.region).toBe('浙江省嘉兴市南湖区');
  });

  it('does not take a company’s registered province for the place of its project', () => {
    const read = readText(`党建联建聚合力\n\n项目位于嘉兴市南湖区城南街道，是南湖区今年的重点安置房工程。\n\n浙江某某建设集团有限公司党委\n2024年3月1日`);
    expect(read.meta.region).toBe('浙江省嘉兴市南湖区');
  });
});

describe('年度, suggested terms and 做法名称', () => {
  it('takes the year from 年度 in the title first, then the date', () => {
    expect(extractYear('2023年度“红色工地”十大典型案例', '2024-01-15', BODY)).toBe(2023);
    expect(extractYear('某某工地党建纪实', '2024-01-15', BODY)).toBe(2024);
    expect(extractYear('某某工地党建纪实', null, `关于2022年度评选工作的说明${BODY}`)).toBe(2022);
  });

  it('collects named practices and slogans in quotes, not quoted speech or the programme name', () => {
    const text = '公司推行“一党员一项目”，落实“六有一好”标准，打造「紅領築建」品牌。“党员站在最前面，工人心里就踏实。”项目负责人说。“红色工地”建设成效明显。“一党员一项目”获评优秀。';
    expect(extractTerms('', text)).toEqual(['一党员一项目', '六有一好', '紅領築建']);
  });

  it('names the practice from the title, else from a term that dominates the text', () => {
    expect(extractPracticeName('公司党委推行“一党员一项目”', '正文')).toBe('一党员一项目');
    expect(extractPracticeName('工地党建纪实', '“赤色能量站”开放。“赤色能量站”服务工友。“赤色能量站”获评优秀。“结对共建”也在推进。')).toBe('赤色能量站');
    expect(extractPracticeName('工地党建纪实', '“赤色能量站”开放。“结对共建”也在推进。')).toBeNull();
    expect(extractPracticeName('筑牢工地“红色堡垒” 公司党委推行“党员责任区”', '公司党委推行“党员责任区”，每名党员认领一块。“党员责任区”里隐患当天整改。')).toBe('党员责任区');
  });
});

describe('kind from structure', () => {
  it.each([
    [`关于开展评定工作的通知\n各区县（市）住建局：${BODY}\n某市住房和城乡建设局\n2024年1月2日`, 'policy'],
    [`某区住建局文件\n某住建〔2024〕3号\n某区实施方案\n各街道：${BODY}`, 'policy'],
    [`铁路工地五方联建\n本报讯（记者 林晓）6月1日，铁路项目五方签下联建协议。${BODY}`, 'news'],
    [`醫院工地推行「紅領築建」\n【甬港商報訊】記者梁振邦寧波報道：醫院工地黨員突擊隊攻堅底板澆築。${BODY}`, 'news'],
    [`“工地夜校”点亮成长路\n一、基本情况${BODY}二、主要做法${BODY}三、工作成效${BODY}`, 'case'],
    [`公司推行“一党员一项目”\n我们公司坚持把党员放在项目一线，推行“一党员一项目”工作法。${BODY}我们每月评比一次。`, 'practice'],
  ] as const)('%s → %s', (text, kind) => {
    expect(readText(text).meta.kind).toBe(kind);
  });

  it('asks the user when two kinds read alike (类型待确认)', () => {
    expect(readText(`工地见闻\n\n工地上新建了一处休息室，工人们午休时可以在这里喝水、看书、充电。`).toConfirm).toContain('kind');
  });
});

describe('titles', () => {
  it('takes the line above the info line, leaving out a site name above it', () => {
    expect(readText(`某某建设网\n温州市关于深化“红色工地”党建品牌建设的实施方案\n信息来源：温州市住房和城乡建设局网站\u3000发布日期：2022-05-24${BODY}`).meta.title).toBe('温州市关于深化“红色工地”党建品牌建设的实施方案');
  });

  it('joins a policy title broken over two lines', () => {
    expect(readText(`绍兴市越城区住房和城乡建设局关于推行\n“红色工地”联建共建工作机制的意见\n各街道：${BODY}`).meta.title).toBe('绍兴市越城区住房和城乡建设局关于推行“红色工地”联建共建工作机制的意见');
  });

  it('takes a news headline between its kicker and subtitle, and takes both out', () => {
    const read = readText(`推进党建引领 建设平安工地\n婺城12个项目挂牌“红色工地”\n一线党员亮身份当先锋\n本报讯（记者 叶某）3月28日，婺城区“红色工地”集中挂牌仪式在城北某安置房项目举行。${BODY}`);
    expect(read.meta.title).toBe('婺城12个项目挂牌“红色工地”');
    expect(read.text).not.toMatch(/推进党建引领|一线党员亮身份当先锋/);
  });

  it('separates a title glued to the breadcrumb it was copied with', () => {
    expect(readText(`您当前的位置：首页 > 政务公开 > 区住建局杭州市余杭区住房和城乡建设局关于做好汛期工地防汛工作的通知\n发布时间：2024-06-01${BODY}`).meta.title).toBe('杭州市余杭区住房和城乡建设局关于做好汛期工地防汛工作的通知');
  });

  it('normalises brackets and stray spaces', () => {
    expect(readText(`红领筑建 ,清廉筑基\n发布时间：2024-06-01${BODY}`).meta.title).toBe('红领筑建，清廉筑基');
    expect(readText(`关于印发《考核办法(试行)》的通知\n各街道：${BODY}`).meta.title).toBe('关于印发《考核办法（试行）》的通知');
  });

  it('gives a document without a headline its first sentence as a title to confirm, and keeps the sentence', () => {
    const read = readText('支部还在工棚里设立“问需墙”，工人把意见和困难写在便签上，党员认领办理。今年以来，支部共办理工人诉求34件。');
    expect(read.toConfirm).toContain('title');
    expect(read.meta.title).toBe('支部还在工棚里设立“问需墙”…');
    expect(read.text).toContain('支部还在工棚里设立“问需墙”');
  });
});
