// 相关资料's keyword chips are whole words cut by jieba, never character n-grams such as 州市萧山区.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentKeywords } from '../../../electron/engine/search/engine/keywords';
import { relatedDocuments } from '../../../electron/engine/search/related-service';
import { cutWords, segmenterError } from '../../../electron/engine/text/chinese-words';
import { withTempLibrary } from '../../helpers/temp-library';
import { loadRelatedFixtures, RELATED_FIXTURES, type FixtureDoc } from './related-fixture';

const XIAOSHAN = `杭州市萧山区亚运场馆项目公司党支部把党旗插在工地上

杭州市萧山区住建局指导亚运场馆项目公司党支部开展“红色工地”创建，项目公司党支部书记带头认领攻坚任务。
项目公司党支部联合总承包单位和监理单位成立党员突击队，把党旗插在工地上，把党员身份亮在岗位上。
杭州市萧山区住建局每月到项目检查创建情况，项目公司党支部的做法在全区推广。`;

const XIAOSHAN_NEWS = `萧山区召开红色工地建设推进会

会议在杭州市萧山区召开，杭州市萧山区各在建项目负责人参加。亚运场馆项目公司党支部介绍了把党旗插在工地上的做法，
项目公司党支部组织党员突击队攻坚克难，萧山区住建局对做法给予肯定。`;

/** The fragments staff saw on the chips before: each straddles a word boundary. */
const FRAGMENTS = ['州市萧山区', '党旗插在工', '目公司党支', '市萧山', '司党支', '旗插在'];

/** Whether `keyword` is one word of `text` as jieba cuts it, or two such words side by side. */
function isWholeWords(keyword: string, text: string): boolean {
  const words = cutWords(text);
  return words.some((word, i) => word === keyword || word + (words[i + 1] ?? '') === keyword);
}

describe('documentKeywords', () => {
  it('loads the segmenter from the npm package', () => {
    expect(segmenterError()).toBeNull();
    expect(cutWords('杭州市萧山区住建局')).toEqual(['杭州市', '萧山区', '住建局']);
    expect(segmenterError()).toBeNull();
  });

  it('gives whole words of a text about a 萧山区 project 党支部, never fragments', () => {
    const keywords = documentKeywords(XIAOSHAN.split('\n')[0] ?? '', XIAOSHAN, 60).map((k) => k.text);
    // 杭州市 and 萧山区 always come together here: one keyword of two whole words.
    expect(keywords).toEqual(expect.arrayContaining(['杭州市萧山区', '党旗', '住建局', '亚运场馆']));
    expect(keywords.some((k) => k.endsWith('党支部'))).toBe(true);
    for (const keyword of keywords) {
      expect(isWholeWords(keyword, XIAOSHAN), keyword).toBe(true);
      expect(FRAGMENTS, keyword).not.toContain(keyword);
    }
  });

  it('leaves out common words that say nothing about the subject (一个, 要求, 去年)', () => {
    const text = '去年，项目要求每个班组建立一个考勤台账。去年项目又要求一个班组长负责考勤台账，做到一个月一检查。';
    const keywords = documentKeywords('', text, 20).map((k) => k.text);
    expect(keywords).toEqual(['考勤台账']);
    for (const common of ['一个', '要求', '去年', '做到', '项目']) expect(keywords).not.toContain(common);
  });

  it('joins two words the text never uses apart, and keeps them apart otherwise', () => {
    const text = '项目开办农民工夜校。农民工夜校每周上课两次，农民工夜校由党支部组织。党支部书记讲课，党员讲课。';
    const keywords = documentKeywords('', text, 20).map((k) => k.text);
    expect(keywords).toContain('农民工夜校');
    expect(keywords).not.toContain('夜校');
    expect(keywords).toContain('党支部');
  });
});

describe('相关资料 keyword reasons', () => {
  let fixture: ReturnType<typeof withTempLibrary>;
  let ids: Map<string, string>;
  beforeEach(async () => {
    fixture = withTempLibrary();
    const docs: FixtureDoc[] = [
      ...RELATED_FIXTURES.filter((doc) => doc.key.startsWith('unrelated')),
      { key: 'xiaoshan', text: XIAOSHAN, meta: { kind: 'case' } },
      { key: 'xiaoshanNews', text: XIAOSHAN_NEWS, meta: { kind: 'news' } },
    ];
    ids = await loadRelatedFixtures(fixture.library, docs);
  });
  afterEach(() => fixture.cleanup());

  it('names only whole words as 共同关键词', () => {
    const related = relatedDocuments(fixture.library, ids.get('xiaoshan') ?? '', 10);
    const news = related.find((r) => r.document.id === ids.get('xiaoshanNews'));
    const reason = news?.reasons.find((r) => r.startsWith('共同关键词：')) ?? '';
    const chips = reason.replace('共同关键词：', '').split('、').filter(Boolean);
    expect(chips.length).toBeGreaterThan(0);
    for (const chip of chips) {
      expect(isWholeWords(chip, XIAOSHAN), chip).toBe(true);
      expect(FRAGMENTS, chip).not.toContain(chip);
    }
  });
});
