import { describe, expect, it } from 'vitest';
import { normalizeText, widthFold } from '../../../electron/engine/text/normalize';
import { ONE_TO_MANY, isTraditionalScript } from '../../../electron/engine/text/one-to-many';

describe('normalizeText', () => {
  it('width-folds every CJK ideograph and compatibility character as NFKC and lower-casing do', () => {
    const ranges: [number, number][] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x2f00, 0x2fdf], [0xff01, 0xff5e]];
    for (const [first, last] of ranges) {
      for (let cp = first; cp <= last; cp++) {
        const ch = String.fromCodePoint(cp);
        const expected = ch.normalize('NFKC').toLowerCase();
        // A character NFKC would lengthen stays as it is (offsets must map back).
        if (expected.length === ch.length && /^[\p{L}\p{N}]$/u.test(expected)) expect(widthFold(ch)).toBe(expected);
      }
    }
  });

  it('keeps the length of every text, so offsets map back to the original', () => {
    const samples = [
      '寧波杭州灣新區的安置房項目臨時黨支部',
      'ＡＢＣ１２３（全角）　温住建〔２０２２〕３５号',
      '⼀⾧⾨ 康熙部首 与 兼容汉字 﨑',
      'Crème Brûlée ﬁ ㎡ ① ℃ 𠀀𪚥 mixed 🎉 emoji',
      '\u0000control\u0001\u0002 chars\ud800 lone surrogate',
    ];
    for (const text of samples) expect(normalizeText(text)).toHaveLength(text.length);
  });

  it('folds traditional to simplified one character at a time', () => {
    expect(normalizeText('寧波杭州灣新區')).toBe('宁波杭州湾新区');
    expect(normalizeText('臨時黨支部開展黨建聯建')).toBe('临时党支部开展党建联建');
    // Taiwan and Hong Kong variant forms reach the same simplified character.
    expect(normalizeText('溫州')).toBe('温州');
  });

  it('folds full-width letters and digits and lower-cases', () => {
    expect(normalizeText('ＡＢＣ１２３abcDEF')).toBe('abc123abcdef');
    expect(normalizeText('⼀')).toBe('一');
  });

  it('leaves a text that needs no change as the same string', () => {
    const text = '温州市住房和城乡建设局，关于印发2023年度工作方案的通知。';
    expect(normalizeText(text)).toBe(text);
  });

  it('never applies a mapping that would change the length', () => {
    expect(normalizeText('㎡')).toBe('㎡');
    expect(normalizeText('ﬁ')).toBe('ﬁ');
  });

  it('widthFold does not fold traditional characters', () => {
    expect(widthFold('寧波ＡＢＣ')).toBe('寧波abc');
  });
});

describe('the one-to-many list', () => {
  it('agrees with the conversion tables: every listed form folds to its simplified character', () => {
    for (const [simplified, senses] of Object.entries(ONE_TO_MANY)) {
      expect(normalizeText(simplified), simplified).toBe(simplified);
      for (const sense of senses) for (const ch of sense) expect(normalizeText(ch), `${ch} → ${simplified}`).toBe(simplified);
    }
  });

  it('covers the characters named in the specification', () => {
    for (const [simplified, forms] of [
      ['后', '後'],
      ['系', '係繫'],
      ['发', '發髮'],
      ['干', '乾幹'],
      ['里', '裡裏'],
      ['面', '麵'],
      ['台', '臺檯颱'],
      ['只', '隻'],
      ['云', '雲'],
      ['复', '復複'],
    ] as const) {
      const listed = (ONE_TO_MANY[simplified] ?? []).join('');
      for (const ch of forms) expect(listed, `${simplified} lists ${ch}`).toContain(ch);
    }
  });

  it('tells traditional pages from simplified ones', () => {
    expect(isTraditionalScript(widthFold('寧波杭州灣新區的安置房項目臨時黨支部，後來開展活動'))).toBe(true);
    expect(isTraditionalScript(widthFold('宁波杭州湾新区的安置房项目临时党支部，后来开展活动'))).toBe(false);
  });
});
