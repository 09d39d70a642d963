import { describe, expect, it } from 'vitest';
import { foldPreimages } from '../../../electron/engine/text/fold-preimages';
import { normalizeChar } from '../../../electron/engine/text/normalize';
import { compileTerm, type TermPattern } from '../../../electron/engine/search/engine/matcher';
import { snippetFor } from '../../../electron/engine/search/engine/snippet';
import { excerptAround, occurrenceNeedles, wholeText } from '../../../electron/engine/search/engine/text-excerpt';

const isUnified = (cp: number) => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf);

/** A small deterministic generator, so a failure names a case that can be run again. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

// Pieces of text in the shapes a library holds: simplified and traditional script, compatibility
// and radical forms that fold to ideographs, digits, Latin, an astral character, line breaks.
const PIECES = [
  '党员先锋岗', '黨員先鋒崗', '流动党员', '流動黨員', '示范计划', '示範計劃', '范计划', '技术交底', '技術交底',
  '项目部', '項目部', '质量安全', '工地', '红色工地', '⼯地', '⾦牌', '金牌', '發展', '发展', '头发', '頭髮',
  '2023年', '２０２３年', 'BIM', 'ＢＩＭ', '𠀋', '。', '，', '\n', '　', ' ', '（一）', '第三季度', '开展', '學習', '学习',
];
const TERMS = ['党员', '黨員', '流动党', '示范', '範計劃', '技术', '项目部', '工地', '金牌', '发展', '頭髮', '学习', '开展工地', '先锋岗', '质量'];

function randomText(random: ReturnType<typeof generator>): string {
  const pieces = Math.floor(random.next() ** 2 * 1500);
  // Some texts from a few pieces only, so that some of a query's terms are not in them at all.
  const vocabulary = random.next() < 0.5 ? PIECES : Array.from({ length: 6 }, () => random.pick(PIECES));
  let text = '';
  for (let i = 0; i < pieces; i++) text += random.pick(vocabulary);
  return text;
}

describe('text excerpts for snippets', () => {
  it('knows every BMP character that folds to an ideograph', () => {
    const missing: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCharCode(cp);
      const folded = normalizeChar(ch);
      if (isUnified(folded.charCodeAt(0)) && !foldPreimages(folded)?.includes(ch)) missing.push(`U+${cp.toString(16)} → ${folded}`);
    }
    expect(missing).toEqual([]);
    expect(foldPreimages('党')).toEqual(expect.arrayContaining(['党', '黨']));
    expect(foldPreimages('a')).toBeNull();
  });

  it('gives every snippet exactly as the whole text would, and mostly without reading it', () => {
    const random = generator(20261207);
    let cases = 0;
    let settled = 0;
    for (let i = 0; i < 1000; i++) {
      const text = randomText(random);
      const count = 1 + Math.floor(random.next() * 3);
      const patterns = Array.from({ length: count }, () => compileTerm(random.pick(TERMS)) as TermPattern);
      const needles = occurrenceNeedles(patterns);
      if (needles === null) throw new Error('every term here is a run of ideographs');
      let reads = 0;
      const excerpt = excerptAround(Buffer.from(text, 'utf8'), needles);
      const fromExcerpt = snippetFor({ ...excerpt, whole: () => (reads++, excerpt.whole()) }, patterns);
      const fromWhole = snippetFor(wholeText(text), patterns);
      expect(fromExcerpt, `case ${i}: ${patterns.map((p) => p.display).join(' ')}`).toBe(fromWhole);
      if (excerpt.atStart && excerpt.atEnd) continue;
      cases++;
      if (reads === 0) settled++;
    }
    // The point of excerpts: most texts longer than their excerpt are never read whole.
    expect(settled / cases).toBeGreaterThan(0.7);
  });

  it('leaves terms with words or digits to the whole text', () => {
    expect(occurrenceNeedles([compileTerm('BIM技术') as TermPattern])).toBeNull();
    expect(occurrenceNeedles([compileTerm('2023年') as TermPattern])).toBeNull();
    expect(occurrenceNeedles([compileTerm('党员') as TermPattern, compileTerm('ＢＩＭ') as TermPattern])).toBeNull();
  });
});
