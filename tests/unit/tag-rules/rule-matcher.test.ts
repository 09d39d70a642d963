import { describe, expect, it } from 'vitest';
import { CasebookError } from '../../../shared/api/errors';
import { REGEX_CHUNK_LENGTH } from '../../../shared/model/rule-pattern';
import { tagRuleInputSchema, type TagRuleInput } from '../../../shared/model/tag-rule';
import { compileRule, PreparedDocument, REGEX_TEXT_LIMIT, regexPieces } from '../../../electron/engine/tags/rules/rule-matcher';

function rule(input: Partial<TagRuleInput> & Pick<TagRuleInput, 'match' | 'pattern'>): TagRuleInput {
  return tagRuleInputSchema.parse({ tagPath: '主题/清廉工地', ...input });
}

function matches(input: Partial<TagRuleInput> & Pick<TagRuleInput, 'match' | 'pattern'>, title: string, text: string): string[] | null {
  return compileRule(rule(input)).match(new PreparedDocument({ title, text }));
}

const TITLE = '某地铁项目临时党支部推进清廉工地建设';
const TEXT = '项目临时党支部联合纪检部门，开展廉洁风险排查。\n农民工工资按月足额发放，实行工资专户管理。\n推行“一党员一项目”，设立党员先锋岗12个。';

describe('tag rule matching', () => {
  it('any: one of the words, and says which matched', () => {
    expect(matches({ match: 'any', pattern: '廉政 廉洁 清廉' }, TITLE, TEXT)).toEqual(['廉洁', '清廉']);
    expect(matches({ match: 'any', pattern: '候鸟 流动党员' }, TITLE, TEXT)).toBeNull();
  });

  it('all: every word, in any order, anywhere in the chosen fields', () => {
    expect(matches({ match: 'all', pattern: '工资专户 农民工' }, TITLE, TEXT)).toEqual(['工资专户', '农民工']);
    expect(matches({ match: 'all', pattern: '工资专户 欠薪' }, TITLE, TEXT)).toBeNull();
  });

  it('exact: the whole phrase, spaces and quotation marks included', () => {
    expect(matches({ match: 'exact', pattern: '“一党员一项目”' }, TITLE, TEXT)).toEqual(['“一党员一项目”']);
    expect(matches({ match: 'exact', pattern: '一党员 一项目' }, TITLE, TEXT)).toBeNull();
  });

  it('fields: title only, text only, or both', () => {
    expect(matches({ match: 'any', pattern: '地铁', fields: 'title' }, TITLE, TEXT)).toEqual(['地铁']);
    expect(matches({ match: 'any', pattern: '地铁', fields: 'text' }, TITLE, TEXT)).toBeNull();
    expect(matches({ match: 'any', pattern: '先锋岗', fields: 'title' }, TITLE, TEXT)).toBeNull();
    // "both" lets an all-rule find one word in the title and one in the text.
    expect(matches({ match: 'all', pattern: '地铁 先锋岗' }, TITLE, TEXT)).toEqual(['地铁', '先锋岗']);
  });

  it('folds traditional characters, full-width forms and case unless the rule is case-sensitive', () => {
    const title = '寧波杭州灣新區醫院項目推進清廉工地建設';
    expect(matches({ match: 'any', pattern: '医院' }, title, '')).toEqual(['医院']);
    expect(matches({ match: 'exact', pattern: '杭州湾新区' }, title, '')).toEqual(['杭州湾新区']);
    expect(matches({ match: 'any', pattern: 'bim' }, '推广ＢＩＭ技术', '')).toEqual(['bim']);
    expect(matches({ match: 'any', pattern: 'bim', caseSensitive: true }, '推广ＢＩＭ技术', '')).toBeNull();
    expect(matches({ match: 'any', pattern: 'BIM', caseSensitive: true }, '推广ＢＩＭ技术', '')).toEqual(['BIM']);
  });

  it('regex: matched text as the hits, case-insensitive by default, within one paragraph', () => {
    expect(matches({ match: 'regex', pattern: '设立党员先锋岗\\d+个' }, TITLE, TEXT)).toEqual(['设立党员先锋岗12个']);
    expect(matches({ match: 'regex', pattern: '温住建〔20\\d{2}〕\\d+号' }, '', '文号：温住建〔2022〕35号')).toEqual(['温住建〔2022〕35号']);
    expect(matches({ match: 'regex', pattern: 'bim' }, 'BIM 应用', '')).toEqual(['BIM']);
    expect(matches({ match: 'regex', pattern: 'bim', caseSensitive: true }, 'BIM 应用', '')).toBeNull();
    // Paragraphs are matched one at a time: nothing spans the line break.
    expect(matches({ match: 'regex', pattern: '排查。[^党]*农民工' }, '', TEXT)).toBeNull();
  });

  it('refuses a dangerous or broken pattern with BAD_REQUEST before running it', () => {
    const unsafe = { ...rule({ match: 'any', pattern: 'x' }), match: 'regex' as const, pattern: '(a+)+$' };
    expect(() => compileRule(unsafe)).toThrow(CasebookError);
    try {
      compileRule(unsafe);
    } catch (error) {
      expect((error as CasebookError).code).toBe('BAD_REQUEST');
      expect((error as CasebookError).message).toMatch(/嵌套/);
    }
  });

  it('cuts long paragraphs into overlapping pieces and reads no more than the text limit', () => {
    const long = '联'.repeat(REGEX_CHUNK_LENGTH * 3);
    const pieces = regexPieces(`短段落\n${long}\n\n末段`);
    expect(pieces[0]).toBe('短段落');
    expect(pieces.at(-1)).toBe('末段');
    expect(pieces.every((piece) => piece.length <= REGEX_CHUNK_LENGTH)).toBe(true);
    expect(pieces.slice(1, -1).join('').length).toBeGreaterThan(long.length);
    // A phrase cut by a piece boundary is still found thanks to the overlap.
    const boundary = `${'甲'.repeat(REGEX_CHUNK_LENGTH - 3)}省级示范项目`;
    expect(matches({ match: 'regex', pattern: '省级示范项目' }, '', boundary)).toEqual(['省级示范项目']);
    const beyond = `${'甲'.repeat(REGEX_TEXT_LIMIT)}\n省级示范`;
    expect(matches({ match: 'regex', pattern: '省级示范' }, '', beyond)).toBeNull();
    expect(matches({ match: 'any', pattern: '省级示范' }, '', beyond)).toEqual(['省级示范']);
  });

  it('keeps every accepted expression fast on adversarial text (bounded pieces)', () => {
    // A quarter of the limit: an expression that backtracks without bound blows up on a text this long as on a longer one,
    // while the quadratic cost of a bounded .* stays far under the bound on a busy machine.
    const length = REGEX_TEXT_LIMIT / 4;
    const adversarial = ['a'.repeat(length), '获评'.repeat(length / 2), `${'联建'.repeat(length / 2)}！`];
    for (const pattern of ['(获评|命名为)[^。]{0,12}省级示范', '(?:联建)+共建', '[a-z]+b', '获评.*[^。]?示范', '获评.{0,20}示范', '(?:第[一二三]批)+项目']) {
      const compiled = compileRule(rule({ match: 'regex', pattern }));
      const started = performance.now();
      for (const text of adversarial) compiled.match(new PreparedDocument({ title: '', text }));
      expect(performance.now() - started, pattern).toBeLessThan(2000);
    }
  });
});
