import { describe, expect, it } from 'vitest';
import { removeSpamTokens } from '../../../../electron/engine/import/cleaning/noise/remove-spam-tokens';

const clean = (text: string): string => removeSpamTokens(text).text;

describe('removing casino spam glued into sentences', () => {
  it.each([
    [
      'digits and Latin glued to 葡京',
      '项目高峰期现场9988葡京net9988vip施工人员超过800人。',
      '项目高峰期现场施工人员超过800人。',
    ],
    ['a casino name with a web address', '支部每月召开一次澳门新葡京www.pj66.com组织生活会。', '支部每月召开一次组织生活会。'],
    ['a casino name with a sign-up offer', '党员带头开展威尼斯人注册送58隐患排查。', '党员带头开展隐患排查。'],
    ['a Latin brand', '工人夜校bet365每周开课两次。', '工人夜校每周开课两次。'],
    ['a brand with filler words and a web address', '由一名党员bet365体育在线www.b3q.cc负责巡查。', '由一名党员负责巡查。'],
    ['a Chinese brand', '项目部皇冠体育设立党员先锋岗。', '项目部设立党员先锋岗。'],
    ['two gambling words', '支部组织真人百家乐安全培训。', '支部组织安全培训。'],
    ['a gambling word with a trade word', '支部建立六合彩开奖线上隐患举报群。', '支部建立线上隐患举报群。'],
    ['an app download offer', '结合夜校开展安全宣讲威尼斯人app下载和应急演练。', '结合夜校开展安全宣讲和应急演练。'],
    ['traditional characters', '黨支部每月召開一次澳門新葡京組織生活會。', '黨支部每月召開一次組織生活會。'],
    ['full-width letters and digits', '工人夜校ＢＥＴ３６５每周开课两次。', '工人夜校每周开课两次。'],
    ['a first-deposit offer with digits', '工地夜校首存送88%开课。', '工地夜校开课。'],
    ['a web address glued to a gambling word', '党员服务队www.dd88.net娱乐城进驻工地。', '党员服务队进驻工地。'],
    ['a brand and the word it goes on with', '指标每季度88vip葡京娱乐评定一次。', '指标每季度评定一次。'],
    ['a casino’s name alone in brackets, mid-sentence', '协调解决交叉施工等问题【澳门威尼斯人】31个，项目提前通车。', '协调解决交叉施工等问题31个，项目提前通车。'],
    ['a casino’s name alone in square brackets', '支部每周[美高梅]开展一次安全讲评。', '支部每周开展一次安全讲评。'],
    ['a Latin brand written the other way round', '全区已有29个项目参与积分365bet体育评定。', '全区已有29个项目参与积分评定。'],
  ])('removes %s', (_label, input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it('reports the runs it removed, as written in the text', () => {
    const result = removeSpamTokens('现场9988葡京net9988vip作业，另有澳門新葡京www.pj66.com宣传栏。');
    expect(result.removed).toEqual(['9988葡京net9988vip', '澳門新葡京www.pj66.com']);
  });

  it('removes every glued run in a text', () => {
    const input = '一是建强安全堡垒9988葡京net9988vip。\n二是推行班前十分钟9988葡京net9988vip讲评。';
    expect(clean(input)).toBe('一是建强安全堡垒。\n二是推行班前十分钟讲评。');
  });

  describe('leaving the sentence readable', () => {
    it.each([
      ['drops the brackets the spam stood in', '开展应急演练【威尼斯人app下载】，全员参加。', '开展应急演练，全员参加。'],
      ['drops round brackets too', '开展应急演练（澳门新葡京www.pj66.com），全员参加。', '开展应急演练，全员参加。'],
      ['keeps one comma between commas', '开展应急演练，9988葡京vip，全员参加。', '开展应急演练，全员参加。'],
      ['keeps the full stop over a comma before it', '全员参加应急演练，9988葡京vip。', '全员参加应急演练。'],
      ['does not start a line with punctuation', '9988葡京net9988vip，项目党支部成立于2022年。', '项目党支部成立于2022年。'],
      ['does not start a line with a space', '9988葡京net9988vip 项目党支部成立于2022年。', '项目党支部成立于2022年。'],
      ['keeps one space between spaced words', '党建 9988葡京vip 引领', '党建 引领'],
      ['drops the space before closing punctuation', '全员参加应急演练 9988葡京vip。', '全员参加应急演练。'],
      ['drops a trailing space at a line end', '全员参加应急演练 9988葡京vip\n下一行', '全员参加应急演练\n下一行'],
    ])('%s', (_label, input, expected) => {
      expect(clean(input)).toBe(expected);
    });
  });
});

describe('keeping real text', () => {
  it.each([
    ['a year', '2024年全市新增红色工地46个。'],
    ['an EPC contract', '项目采用EPC总承包模式，由某某建设集团承建。'],
    ['BIM and 5G', '推广BIM技术和5G智慧工地应用。'],
    ['a government web address in a footer', '主办：某某市住房和城乡建设局 网址：www.gov.cn'],
    ['a full URL', '详见 http://zjt.zj.gov.cn/art/2023/6/1/art_123.html'],
    ['a phone number and ICP line', '电话：0577-88886666 浙ICP备12345678号'],
    ['gambling mentioned in a rule', '严禁在工地宿舍聚众赌博，违者清退出场。'],
    ['a gambling word on its own', '配合公安部门打击六合彩等违法犯罪活动。'],
    ['a gambling word in quotes', '开展“远离赌博、拒绝六合彩”主题宣传。'],
    ['gambling words separated by punctuation', '教育工人远离网赌、赌球、百家乐等陷阱。'],
    ['a rule in brackets naming gambling with other words', '宿舍管理【严禁赌博和六合彩】执行到位。'],
    ['public entertainment venues', '开展公共娱乐场所消防安全检查。'],
    ['a plumbing term', '卫生间地漏应设存水弯，防止返水。'],
    ['a river', '金沙江特大桥项目临时党支部'],
    ['a company name', '永利建设集团有限公司党委'],
    ['a hotel', '会议在皇冠假日酒店召开。'],
    ['a true story', '用身边的真人真事教育身边人。'],
    ['the sports lottery', '中国体育彩票公益金资助项目'],
    ['Macau in the news', '澳门回归祖国25周年之际，项目举办主题党日。'],
    ['a registered engineer', '项目配备注册建造师3名，注册安全工程师2名。'],
    ['a download link', '附件：申报表（点击下载）'],
    ['a new era', '新时代红色工地建设'],
    ['digits glued to ordinary words', '3号楼完成主体结构封顶，A1地块同步开工。'],
  ])('keeps %s', (_label, text) => {
    expect(removeSpamTokens(text)).toEqual({ text, removed: [] });
  });

  it('keeps the word before digits that are glued to spam', () => {
    expect(clean('打造全新9988葡京品牌')).toBe('打造全新品牌');
  });

  it('removes nothing but the spam from a sentence that also mentions gambling', () => {
    expect(clean('严禁聚众赌博9988葡京vip，违者清退。')).toBe('严禁聚众赌博，违者清退。');
  });
});
