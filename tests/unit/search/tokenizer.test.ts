import { describe, expect, it } from 'vitest';
import { compileTerm } from '../../../electron/engine/search/engine/matcher';
import { normalizeText } from '../../../electron/engine/text/normalize';
import { indexTokens, phraseTokens, segments, WORD } from '../../../electron/engine/search/engine/tokenizer';

const tokens = (text: string) => indexTokens(normalizeText(text)).split(' ');

describe('index tokens', () => {
  it('makes overlapping bigrams of a CJK run and ends it with its last character', () => {
    expect(tokens('红色工地')).toEqual(['红色', '色工', '工地', '地']);
  });

  it('keeps an isolated CJK character as a token of its own', () => {
    expect(tokens('第3届')).toEqual(['第', '3', '届']);
  });

  it('indexes latin words and numbers whole and lower-cased', () => {
    expect(tokens('BIM技术 ISO9001 认证')).toEqual(['bim', '技术', '术', 'iso9001', '认证', '证']);
  });

  it('reads 文号 the same whatever brackets they use', () => {
    const expected = ['温住', '住建', '建', '2022', '35', '号'];
    expect(tokens('温住建〔2022〕35号')).toEqual(expected);
    expect(tokens('温住建[2022]35号')).toEqual(expected);
    expect(tokens('温住建(2022)35号')).toEqual(expected);
    expect(tokens('温住建（２０２２）３５号')).toEqual(expected);
  });

  it('skips punctuation and spaces', () => {
    expect(tokens('党建，联建。')).toEqual(['党建', '建', '联建', '建']);
    expect(indexTokens(normalizeText('……——“”'))).toBe('');
  });
});

describe('query phrases', () => {
  const phrase = (text: string) => phraseTokens(segments(normalizeText(text)));

  it('ends a term inside a longer run: no trailing character for the last run', () => {
    expect(phrase('临时党支部')).toEqual({ tokens: ['临时', '时党', '党支', '支部'], prefix: false });
  });

  it('keeps the trailing character of a run that more of the term follows', () => {
    expect(phrase('住建[2022]')).toEqual({ tokens: ['住建', '建', '2022'], prefix: false });
  });

  it('makes a term ending in a single CJK character a prefix', () => {
    expect(phrase('党')).toEqual({ tokens: ['党'], prefix: true });
    expect(phrase('35号')).toEqual({ tokens: ['35', '号'], prefix: true });
  });

  it('gives nothing for a term without letters, digits or ideographs', () => {
    expect(phrase('*^"')).toBeNull();
    expect(compileTerm('——')).toBeNull();
  });

  it('never puts FTS5 syntax into the expression', () => {
    const pattern = compileTerm('NEAR(a b) "x" * ^ : {title}');
    expect(pattern?.fts).toBe('"near a b x title"');
  });
});

describe('index tokens of any text', () => {
  /** The rule in the tokenizer's words: a word whole; a CJK run as bigrams of its characters, then its last character. */
  const byTheRule = (normalized: string): string =>
    segments(normalized)
      .flatMap((segment) => {
        if (segment.kind === WORD) return [segment.text];
        const cs = Array.from(segment.text);
        return [...cs.slice(0, -1).map((c, k) => c + (cs[k + 1] ?? '')), cs.at(-1) ?? ''];
      })
      .join(' ');

  it('follows the rule on mixed text: extension-B characters, kana, hangul, emoji, words, stray surrogates', () => {
    const pieces = ['红', '色', '工', '地', '𠀀', '𪚥', 'の', '한', '😀', 'BIM', '2024', ' ', '，', '\n', '\uD800', '\uDC00', 'é', '〇', '·'];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 300; round += 1) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const normalized = normalizeText(text);
      expect(indexTokens(normalized), JSON.stringify(text)).toBe(byTheRule(normalized));
    }
  });

  it('skips a stray surrogate and nothing after it', () => {
    expect(indexTokens(normalizeText('\uD800abc'))).toBe('abc');
    expect(indexTokens(normalizeText('x\uD800红色'))).toBe('x 红色 色');
    expect(indexTokens(normalizeText('红\uDC00色'))).toBe('红 色');
  });

  it('tokenises a text of millions of characters whole', () => {
    const text = '红色工地党建引领，BIM 2024。\n'.repeat(200_000);
    const made = indexTokens(normalizeText(text));
    expect(made.startsWith('红色 色工 工地 地党 党建 建引 引领 领 bim 2024 红色')).toBe(true);
    expect(made.split(' ')).toHaveLength(200_000 * 10);
  });
});
