import { describe, expect, it } from 'vitest';
import { MAX_PATTERN_LENGTH, patternProblem, regexProblem, ruleWords } from '../../../shared/model/rule-pattern';
import { tagRuleInputSchema } from '../../../shared/model/tag-rule';

const CHINESE = /[\u4e00-\u9fff]/;

describe('rule patterns', () => {
  it('splits any/all words on half- and full-width spaces, commas and 、, without repeats', () => {
    expect(ruleWords('清廉 廉洁\u3000廉政，清廉、阳光工程,  ')).toEqual(['清廉', '廉洁', '廉政', '阳光工程']);
  });

  it('accepts ordinary expressions staff would write', () => {
    for (const source of ['省级(示范|样板)', '(获评|命名为)[^。]{0,12}省级示范', '温住建〔20\\d{2}〕\\d+号', '临时党支部.*成立', '发布日期[^。]{0,12}\\d{4}', '(?:第[一二三]批)+', '^关于', '(?<year>\\d{4})年度']) {
      expect(regexProblem(source), source).toBeNull();
    }
  });

  it('refuses expressions that can backtrack catastrophically, each with a Chinese reason', () => {
    const refused = [
      '(a+)+$', // nested repetition
      '(\\w+\\s?)*$',
      '((联建)+)*',
      '(a|ab)*c', // a repeated group with alternatives
      '(?:党建|党建联建){2,}',
      '(联建)\\1', // back-reference
      '(?<x>联建)\\k<x>',
      'a{2000}', // huge counts
      '临时党支部.*成立.*', // two unbounded repeats
      '\\d+年\\d+月',
      '获评.*[^。]{0,12}示范', // one unbounded repeat times a wide bounded one
    ];
    for (const source of refused) {
      const problem = regexProblem(source);
      expect(problem, source).not.toBeNull();
      expect(problem).toMatch(CHINESE);
    }
  });

  it('refuses invalid, empty-matching and overlong expressions', () => {
    expect(regexProblem('[联建')).toMatch(/写法有误/);
    expect(regexProblem('(联建')).toMatch(/写法有误/);
    expect(regexProblem('联建?|')).toMatch(/空白/);
    expect(regexProblem('a*')).toMatch(/空白/);
    expect(regexProblem('联'.repeat(MAX_PATTERN_LENGTH + 1))).toMatch(/不能超过/);
  });

  it('checks the pattern against the match type in the contract schema', () => {
    expect(patternProblem('any', '   ')).toMatch(/请填写/);
    expect(patternProblem('all', Array.from({ length: 31 }, (_, i) => `词${i}`).join(' '))).toMatch(/最多/);
    expect(patternProblem('exact', '(a+)+')).toBeNull(); // a phrase is never run as an expression
    const bad = tagRuleInputSchema.safeParse({ tagPath: '主题/清廉工地', match: 'regex', pattern: '(a+)+' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['pattern']);
    const good = tagRuleInputSchema.parse({ tagPath: '主题/清廉工地', match: 'any', pattern: '清廉 廉洁' });
    expect(good).toMatchObject({ caseSensitive: false, fields: 'both', enabled: true, autoApply: false });
  });
});
