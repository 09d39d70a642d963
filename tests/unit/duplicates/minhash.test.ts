import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BANDS,
  bandKeys,
  decodeSignature,
  encodeSignature,
  estimateSimilarity,
  minhashSignature,
  NUM_HASHES,
  ROWS,
} from '../../../electron/engine/duplicates/minhash';
import { mayBeSameDocument, normalizeDocNumber, roundSimilarity } from '../../../electron/engine/duplicates/near-duplicate-rule';
import { duplicatePreview } from '../../../electron/engine/duplicates/preview';
import { exactJaccard, MIN_SHINGLES, shingleCharacters, shingleHashes } from '../../../electron/engine/duplicates/shingles';
import { withTempLibrary } from '../../helpers/temp-library';
import { FIXTURE, importFixture, storedText } from './near-duplicate-fixtures';

const chars = (text: string) => String.fromCodePoint(...shingleCharacters(text));

describe('shingles', () => {
  it('keep only letters and digits, with full-width forms, case and traditional characters folded', () => {
    expect(chars('“红领筑建 ,清廉筑基”！\n２０２４年 ABC')).toBe('红领筑建清廉筑基2024年abc');
    const simplified = shingleHashes('宁波杭州湾新区某医院项目临时党支部开展党建联建，推动项目建设。');
    const traditional = shingleHashes('寧波杭州灣新區某醫院項目臨時黨支部開展黨建聯建，推動項目建設。');
    expect(exactJaccard(simplified, traditional)).toBe(1);
  });

  it('ignore spacing and punctuation: the same sentence typed differently is the same set', () => {
    const a = shingleHashes('项目党支部推行“一党员一项目”，每月召开联席会议。');
    const b = shingleHashes('项目党支部推行 "一党员一项目" , 每月召开联席会议 .');
    expect(exactJaccard(a, b)).toBe(1);
    expect(a.length).toBe(chars('项目党支部推行一党员一项目每月召开联席会议').length - 3);
  });

  it('make a short text a single shingle, and an empty one none', () => {
    expect(shingleHashes('党建')).toHaveLength(1);
    expect(shingleHashes('——　…')).toHaveLength(0);
    expect(MIN_SHINGLES).toBeGreaterThan(10);
  });
});

describe('MinHash', () => {
  let context: ReturnType<typeof withTempLibrary>;
  const texts: string[] = [];

  beforeAll(async () => {
    context = withTempLibrary();
    for (const name of Object.values(FIXTURE)) texts.push(storedText(context.library, (await importFixture(context.library, name)).id));
  });
  afterAll(() => context.cleanup());

  it('estimates the true Jaccard similarity of every fixture pair within 0.1 (mean error under 0.04)', () => {
    let total = 0;
    let count = 0;
    for (let i = 0; i < texts.length; i += 1) {
      for (let j = i + 1; j < texts.length; j += 1) {
        const a = shingleHashes(texts[i] ?? '');
        const b = shingleHashes(texts[j] ?? '');
        const error = Math.abs(estimateSimilarity(minhashSignature(a), minhashSignature(b)) - exactJaccard(a, b));
        expect(error).toBeLessThanOrEqual(0.1);
        total += error;
        count += 1;
      }
    }
    expect(count).toBe(21);
    expect(total / count).toBeLessThan(0.04);
  });

  it('gives identical texts identical signatures and band keys, and survives a round trip through bytes', () => {
    const text = texts[0] ?? '';
    const signature = minhashSignature(shingleHashes(text));
    expect(signature).toHaveLength(NUM_HASHES);
    expect(estimateSimilarity(signature, minhashSignature(shingleHashes(`${text}\n`)))).toBe(1);
    const bytes = encodeSignature(signature);
    expect(bytes).toHaveLength(NUM_HASHES * 4);
    expect(decodeSignature(bytes)).toEqual(signature);
    const keys = bandKeys(signature);
    expect(keys).toHaveLength(BANDS);
    expect(BANDS * ROWS).toBeLessThanOrEqual(NUM_HASHES);
    expect(new Set(keys.map((key) => Math.floor(key / 2 ** 32)))).toEqual(new Set(Array.from({ length: BANDS }, (_, band) => band)));
    for (const key of keys) expect(Number.isSafeInteger(key)).toBe(true);
  });

  it('shares a band between versions of one story but not with a different story', () => {
    const [siteA, siteB, , , otherStory] = texts.map((text) => new Set(bandKeys(minhashSignature(shingleHashes(text)))));
    const shared = (a: Set<number> | undefined, b: Set<number> | undefined) => [...(a ?? [])].filter((key) => b?.has(key)).length;
    expect(shared(siteA, siteB)).toBeGreaterThan(5);
    expect(shared(siteA, otherStory)).toBe(0);
  });
});

describe('the side-by-side preview', () => {
  it('shows the first body paragraph each side has that the other lacks', () => {
    const left = '当前位置：首页\n发布日期：2024-11-22\n共同的第一段，讲述项目临时党支部的组建过程和成员构成情况等内容。\n左边独有的一段，说的是工友夜校累计培训工人860余人次的情况和成效。';
    const right = '共同的第一段，讲述项目临时党支部的组建过程和成员构成情况等内容。\n右边独有的一段，说的是工友夜校累计培训工人1020余人次的情况和成效。\n编辑：王丽';
    expect(duplicatePreview(left, right)).toEqual({
      kind: 'difference',
      left: '左边独有的一段，说的是工友夜校累计培训工人860余人次的情况和成效。',
      right: '右边独有的一段，说的是工友夜校累计培训工人1020余人次的情况和成效。',
    });
  });

  it('falls back to short lines, then to the two openings, and clips long paragraphs', () => {
    expect(duplicatePreview('正文一段。\n来源：甲', '正文一段。')).toEqual({ kind: 'lines', left: '来源：甲', right: '' });
    expect(duplicatePreview('第一段。\n第二段。', '第一段！\n\n第二段')).toEqual({ kind: 'opening', left: '第一段。', right: '第一段！' });
    const long = '党'.repeat(500);
    expect(duplicatePreview(long, '别的').left).toBe(`${'党'.repeat(160)}…`);
  });
});

describe('the near-duplicate rule', () => {
  it('reads the bracket forms of one 发文字号 as one number, and two numbers as two documents', () => {
    const number = '温住建〔2024〕58号';
    expect(normalizeDocNumber('温住建[2024]58号')).toBe(normalizeDocNumber(number));
    expect(normalizeDocNumber('温住建 (2024) 58 号')).toBe(normalizeDocNumber(number));
    expect(normalizeDocNumber('  ')).toBeNull();
    expect(mayBeSameDocument({ docNumber: number }, { docNumber: '温住建［2024］58号' })).toBe(true);
    expect(mayBeSameDocument({ docNumber: number }, { docNumber: null })).toBe(true);
    expect(mayBeSameDocument({ docNumber: number }, { docNumber: '温住建〔2024〕59号' })).toBe(false);
  });

  it('reports similarity with two decimals', () => {
    expect(roundSimilarity(109 / 128)).toBe(0.85);
    expect(roundSimilarity(1.2)).toBe(1);
  });
});
