import { describe, expect, it } from 'vitest';
import { extractAuthor, extractSource } from '../../../electron/engine/import/metadata/extract-byline';
import { extractDate } from '../../../electron/engine/import/metadata/extract-date';
import { extractDocNumber } from '../../../electron/engine/import/metadata/extract-doc-number';
import { extractIssuer } from '../../../electron/engine/import/metadata/extract-issuer';
import { extractRegion, type RegionSources } from '../../../electron/engine/import/metadata/extract-region';
import { extractPracticeName, extractTerms } from '../../../electron/engine/import/metadata/extract-terms';
import { titleFromText } from '../../../electron/engine/import/metadata/extract-title';
import { extractYear } from '../../../electron/engine/import/metadata/extract-year';
import { guessKind } from '../../../electron/engine/import/metadata/guess-kind';
import { gazetteer } from './fixture-helpers';

const BODY = '\n\n项目临时党支部组织党员突击队，保障工程质量与安全。\n';

describe('发布日期', () => {
  it.each([
    ['发布日期：2024-11-15  信息来源：投资公司', '2024-11-15'],
    ['来 源:工程部 作 者:某某 发布日期:2023-06-02', '2023-06-02'],
    ['发布时间：2023/6/2 10:32', '2023-06-02'],
    ['發布日期：2024.03.22', '2024-03-22'],
    ['成文日期：2022年5月24日', '2022-05-24'],
    ['2023年06月02日 星期五\u3000第00012版', '2023-06-02'],
    ['第A05版\u30002023年6月2日', '2023-06-02'],
    ['2024年3月22日\u3000來源：大公網', '2024-03-22'],
  ])('reads %s', (line, expected) => {
    expect(extractDate(`${line}${BODY}`)).toBe(expected);
  });

  it('reads the date under the signature at the end, in Arabic or Chinese numerals', () => {
    expect(extractDate(`关于开展评定工作的通知${BODY}\n温州市住房和城乡建设局\n2022年5月24日\n（此件公开发布）`)).toBe('2022-05-24');
    expect(extractDate(`关于推行联建机制的意见${BODY}\n某某区住房和城乡建设局\n二〇二三年十二月三十一日`)).toBe('2023-12-31');
  });

  it('prefers a labelled 发布日期 to a signature date', () => {
    expect(extractDate(`发布日期：2022-06-01${BODY}\n某某局\n2022年5月24日`)).toBe('2022-06-01');
  });

  it('ignores a site clock showing the day the page was saved', () => {
    expect(extractDate(BODY, '今天是：2024年11月20日 星期三\n首页 政务公开')).toBeNull();
    expect(extractDate(BODY, '今天是：2024年11月20日 星期三\n发布日期：2023-03-10')).toBe('2023-03-10');
  });

  it('rejects dates that do not exist and dates inside the body', () => {
    expect(extractDate(`发布日期：2023-02-30${BODY}`)).toBeNull();
    expect(extractDate(`一、工作目标${BODY}请于2024年6月30日前报送材料，逾期不再受理。`)).toBeNull();
  });
});

describe('来源 and 作者', () => {
  it('reads both from one info line, with stray spaces in the labels', () => {
    const text = `来 源:工程部 作 者:陈晓峰 发布日期:2023-06-02${BODY}`;
    expect(extractSource(text)).toBe('工程部');
    expect(extractAuthor(text)).toBe('陈晓峰');
  });

  it('stops a value at the next field on the line', () => {
    const text = `发布日期：2024-11-15\u3000信息来源：投资公司\u3000作者：李帅\u3000浏览次数：12${BODY}`;
    expect(extractSource(text)).toBe('投资公司');
    expect(extractAuthor(text)).toBe('李帅');
  });

  it('reads traditional labels and a reporter named in a news lead', () => {
    expect(extractSource(`來源：甬港商報\u3000記者：鄭嘉言${BODY}`)).toBe('甬港商報');
    expect(extractAuthor(`本报讯（记者 林晓 通讯员 周文）6月1日，项目签下联建协议。`)).toBe('林晓');
  });

  it('joins a name padded to three characters', () => {
    expect(extractAuthor(`作者：李 帅\u3000来源：区住建局${BODY}`)).toBe('李帅');
  });

  it('reads a source given at the end in brackets', () => {
    expect(extractSource(`${BODY}\n（来源：东瓯日报）`)).toBe('东瓯日报');
  });

  it('takes the newspaper from a masthead line with its date and page', () => {
    expect(extractSource(`瓯江晚报 2024年03月18日 第00005版：要闻\n\n鹿城：工地党建跑出加速度${BODY}`)).toBe('瓯江晚报');
    expect(extractSource(`《中国建设报》 2023-06-02 03版\n\n标题${BODY}`)).toBe('中国建设报');
    // A labelled source wins; a paper named in a sentence is not a masthead.
    expect(extractSource(`瓯江晚报 2024年03月18日 第5版\n来源：某区融媒体中心${BODY}`)).toBe('某区融媒体中心');
    expect(extractSource(`据瓯江晚报2024年3月18日第5版报道，项目已开工。${BODY}`)).toBeNull();
  });

  it('finds nothing where nothing is labelled', () => {
    expect(extractSource(BODY)).toBeNull();
    expect(extractAuthor('记者了解到，项目已于6月开工。')).toBeNull();
  });
});

describe('发文机关 and 发文字号', () => {
  it('takes the body in the signature block above the date', () => {
    const text = `各有关单位：${BODY}\n温州市住房和城乡建设局\n2022年5月24日`;
    expect(extractIssuer('关于开展评定工作的通知', text)).toBe('温州市住房和城乡建设局');
  });

  it('names every body of a joint notice', () => {
    const text = `各有关单位：${BODY}\n中共温州市委组织部\u3000温州市住房和城乡建设局\n2023年7月1日`;
    expect(extractIssuer('关于推进工地党建的通知', text)).toBe('中共温州市委组织部、温州市住房和城乡建设局');
  });

  it('falls back to the 关于 prefix of the title, then the red header', () => {
    expect(extractIssuer('宁波市鄞州区住房和城乡建设局关于加强临时党支部管理的实施意见', BODY)).toBe('宁波市鄞州区住房和城乡建设局');
    expect(extractIssuer('关于加强管理的意见', `绍兴市越城区住房和城乡建设局文件\n越住建〔2023〕7号${BODY}`)).toBe('绍兴市越城区住房和城乡建设局');
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

describe('地区 from the gazetteer', () => {
  const region = (sources: Partial<RegionSources>): string | null =>
    extractRegion({ title: '', issuer: null, head: '', scopeFromIssuer: false, ...sources }, gazetteer);

  it('gives the most specific place, written as province, city and district', () => {
    expect(region({ head: '公司总部位于温州市龙湾区，承建的龙湾区某人才房项目已开工。' })).toBe('浙江省温州市龙湾区');
  });

  it('reads a district without its city and short city names', () => {
    expect(region({ title: '鹿城区安置房工地设立“赤色能量站”' })).toBe('浙江省温州市鹿城区');
    expect(region({ head: '近日，宁波一处医院工地举行开工仪式。' })).toBe('浙江省宁波市');
  });

  it('resolves 普陀区 and 江北区 by the city they are mentioned with', () => {
    expect(region({ head: '普陀区六横岛一所学校开工，舟山海事部门全程保障。' })).toBe('浙江省舟山市普陀区');
    expect(region({ head: '上海市普陀区一处保障房工地成立临时党支部。' })).toBe('上海市普陀区');
    expect(region({ head: '江北区一处安置房工地成立联合党支部，宁波市住建局到场指导。' })).toBe('浙江省宁波市江北区');
    expect(region({ head: '普陀区一处工地成立临时党支部。' })).toBeNull();
  });

  it('keeps a provincial department’s notice provincial even when its text lists cities', () => {
    expect(
      region({ title: '浙江省住房和城乡建设厅关于深化“红色工地”建设的指导意见', issuer: '浙江省住房和城乡建设厅', head: '杭州、宁波、温州等地先行先试。', scopeFromIssuer: true }),
    ).toBe('浙江省');
  });

  it('lets the title decide the city and the text the district', () => {
    expect(region({ title: '温州市住建局召开工地党建推进会', head: '会议在鹿城区召开，鹿城区住建局作交流发言。' })).toBe('浙江省温州市鹿城区');
  });

  it('reads traditional characters and does not mistake 杭州湾 or 延安精神 for places', () => {
    expect(region({ title: '寧波杭州灣新區醫院工地推行「紅領築建」' })).toBe('浙江省宁波市');
    expect(region({ head: '杭州湾跨海大桥南岸，慈溪市一处产业园工地成立党建联盟。' })).toBe('浙江省宁波市慈溪市');
    expect(region({ head: '杭州湾新区一处医院工地成立临时党支部。' })).toBeNull();
    expect(region({ head: '支部组织党员学习延安精神，赴遵义会议会址开展主题党日。' })).toBeNull();
  });

  it('does not read a city out of common words or road names that contain its name', () => {
    expect(region({ head: '在城西安置房项目，党员每天巡查，确保施工西安全无事故。' })).toBeNull();
    expect(region({ head: '项目党支部隆重庆祝建党节，确保定期开展安全教育，努力实现长治久安。' })).toBeNull();
    expect(region({ head: '大厅铺设大理石地面，各标段做法大同小异；盛大庆典后，美丽水乡建设形成都市圈示范。' })).toBeNull();
    expect(region({ head: '项目部位于中山西路与湖南路交叉口，距杭州西路地铁站五百米。' })).toBeNull();
    // The real places beside them are still read.
    expect(region({ head: '丽水市莲都区城西安置房项目临时党支部成立。' })).toBe('浙江省丽水市莲都区');
    expect(region({ head: '西安市某安置房项目和重庆市某学校项目结对共建，西安项目经验在重庆推广。' })).toBeNull();
    expect(region({ head: '西安市住建局到某安置房工地调研，西安各区县住建部门参加。' })).toBe('陕西省西安市');
  });

  it('stays at the province when no city dominates', () => {
    expect(region({ head: '浙江省各地推进“红色工地”建设：杭州重在清廉，宁波重在联建，温州重在品牌，金华重在服务。' })).toBe('浙江省');
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
  });

  it('of two names in the title, takes the one the text is about', () => {
    const text = '公司党委推行“党员责任区”，每名党员认领一块。“党员责任区”里隐患当天整改。';
    expect(extractPracticeName('筑牢工地“红色堡垒” 公司党委推行“党员责任区”', text)).toBe('党员责任区');
    // Neither repeated: the first, as before.
    expect(extractPracticeName('“红领筑建”护航“民生工程”', '项目推进顺利。')).toBe('红领筑建');
  });
});

describe('kind and title', () => {
  it.each([
    [{ title: '关于开展评定工作的通知', text: `各区县（市）住建局：${BODY}`, issuer: null, docNumber: null }, 'policy'],
    [{ title: '某区实施方案', text: BODY, issuer: '某区住建局', docNumber: null }, 'policy'],
    [{ title: '工地党建纪实', text: `温住建〔2022〕35号${BODY}`, issuer: null, docNumber: '温住建〔2022〕35号' }, 'policy'],
    [{ title: '铁路工地五方联建', text: `本报讯（记者 林晓）${BODY}`, issuer: null, docNumber: null }, 'news'],
    [{ title: '醫院工地推行「紅領築建」', text: `【甬港商報訊】${BODY}`, issuer: null, docNumber: null }, 'news'],
    [{ title: '“工地夜校”点亮成长路', text: `一、基本情况${BODY}二、主要做法${BODY}三、工作成效`, issuer: null, docNumber: null }, 'case'],
    [{ title: '公司推行“一党员一项目”', text: BODY, issuer: null, docNumber: null }, 'practice'],
  ] as const)('%o → %s', (cues, kind) => {
    expect(guessKind(cues)).toBe(kind);
  });

  it('takes the first line that is not a date, source, 文号 or red header as the title', () => {
    expect(titleFromText(`信息来源：温州市住房和城乡建设局网站\u3000发布日期：2022-05-24\n\n温州市关于深化“红色工地”党建品牌建设的实施方案${BODY}`)).toBe('温州市关于深化“红色工地”党建品牌建设的实施方案');
    expect(titleFromText(`某某局文件\n温住建〔2022〕35号\n某某局关于加强管理的通知${BODY}`)).toBe('某某局关于加强管理的通知');
  });

  it('joins a policy title broken over two lines', () => {
    expect(titleFromText(`绍兴市越城区住房和城乡建设局关于推行\n“红色工地”联建共建工作机制的意见\n各街道：${BODY}`)).toBe(
      '绍兴市越城区住房和城乡建设局关于推行“红色工地”联建共建工作机制的意见',
    );
  });
});
