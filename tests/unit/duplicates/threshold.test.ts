import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateSimilarity, minhashSignature } from '../../../electron/engine/duplicates/minhash';
import { mayBeSameDocument, NEAR_DUPLICATE_THRESHOLD } from '../../../electron/engine/duplicates/near-duplicate-rule';
import { exactJaccard, shingleHashes } from '../../../electron/engine/duplicates/shingles';
import type { Library } from '../../../electron/engine/core/library';
import { listDuplicates } from '../../../electron/engine/duplicates/duplicates-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { withTempLibrary } from '../../helpers/temp-library';
import { FIXTURE, importFixture, sampleFiles, storedText } from './near-duplicate-fixtures';

/**
 * The measurements behind NEAR_DUPLICATE_THRESHOLD (electron/engine/duplicates/near-duplicate-rule.ts):
 * exact Jaccard similarity of the 4-character shingles of the texts the importer stored. If the
 * importer's cleaning or the shingling changes and a number moves by more than TOLERANCE, measure
 * again and update this table and the comment beside the threshold.
 */
const MEASURED = {
  republished: { 'siteA~siteB': 0.98, 'siteA~siteC': 0.94, 'siteB~siteC': 0.93 },
  edited: { 'edited~siteA': 0.68, 'edited~siteB': 0.67, 'edited~siteC': 0.65 },
  sameTheme: { 'otherStory~siteA': 0.02, 'otherStory~siteB': 0.02, 'otherStory~siteC': 0.02, 'otherStory~edited': 0.02 },
  template: { 'noticeWenzhou~noticeTaizhou': 0.65 },
  /** The most similar pair among the sample library and the fixtures (the Taizhou notices). */
  sampleMax: 0.2,
} as const;
const TOLERANCE = 0.05;
/** Both sides of the threshold keep at least this distance (more than twice the estimate's error). */
const MARGIN = 0.1;

type Role = keyof typeof FIXTURE;
interface Measured {
  exact: number;
  estimate: number;
}

let context: ReturnType<typeof withTempLibrary>;
let library: Library;
const ids = {} as Record<Role, string>;
const texts = {} as Record<Role, string>;
const sampleTexts: { name: string; text: string }[] = [];

const sketches = new Map<string, { shingles: Uint32Array; signature: Uint32Array }>();
function sketch(text: string): { shingles: Uint32Array; signature: Uint32Array } {
  let found = sketches.get(text);
  if (!found) {
    const shingles = shingleHashes(text);
    found = { shingles, signature: minhashSignature(shingles) };
    sketches.set(text, found);
  }
  return found;
}

function measure(left: string, right: string): Measured {
  const a = sketch(left);
  const b = sketch(right);
  return { exact: exactJaccard(a.shingles, b.shingles), estimate: estimateSimilarity(a.signature, b.signature) };
}

function measurePair(key: string): Measured {
  const [left, right] = key.split('~') as [Role, Role];
  return measure(texts[left], texts[right]);
}

beforeAll(async () => {
  context = withTempLibrary();
  library = context.library;
  for (const role of Object.keys(FIXTURE) as Role[]) {
    const result = await importFixture(library, FIXTURE[role]);
    ids[role] = result.id;
    texts[role] = storedText(library, result.id);
  }
  for (const file of sampleFiles()) {
    const result = await importBytes(library, path.basename(file), fs.readFileSync(file));
    if (!result.id) throw new Error(`${file}: ${result.status}`);
    sampleTexts.push({ name: path.basename(file), text: storedText(library, result.id) });
  }
}, 60_000);

afterAll(() => context.cleanup());

describe('the near-duplicate threshold, measured on the fixtures', () => {
  it('matches the recorded similarities', () => {
    for (const group of ['republished', 'edited', 'sameTheme', 'template'] as const) {
      for (const [key, recorded] of Object.entries(MEASURED[group])) {
        const { exact } = measurePair(key);
        expect(Math.abs(exact - recorded), `${key}: measured ${exact.toFixed(3)}, recorded ${recorded}`).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });

  it('puts every version of the story above the threshold, with a margin', () => {
    const positives = [...Object.keys(MEASURED.republished), ...Object.keys(MEASURED.edited)].map((key) => ({ key, ...measurePair(key) }));
    for (const { key, exact, estimate } of positives) {
      expect(exact, key).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD + MARGIN);
      expect(estimate, key).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD + MARGIN);
    }
  });

  it('keeps a different story with the same slogans, and every pair of the sample library, below it with a margin', () => {
    for (const key of Object.keys(MEASURED.sameTheme)) {
      const { exact, estimate } = measurePair(key);
      expect(exact, key).toBeLessThanOrEqual(NEAR_DUPLICATE_THRESHOLD - MARGIN);
      expect(estimate, key).toBeLessThanOrEqual(NEAR_DUPLICATE_THRESHOLD - MARGIN);
    }
    const everyone = [...sampleTexts, ...(Object.keys(FIXTURE) as Role[]).map((role) => ({ name: role, text: texts[role] }))];
    // Every sample document against every other and against the fixtures.
    const highest = { exact: 0, exactPair: '', estimate: 0, estimatePair: '' };
    for (let i = 0; i < sampleTexts.length; i += 1) {
      for (let j = i + 1; j < everyone.length; j += 1) {
        const left = everyone[i];
        const right = everyone[j];
        if (!left || !right) continue;
        const { exact, estimate } = measure(left.text, right.text);
        if (exact > highest.exact) Object.assign(highest, { exact, exactPair: `${left.name} ~ ${right.name}` });
        if (estimate > highest.estimate) Object.assign(highest, { estimate, estimatePair: `${left.name} ~ ${right.name}` });
      }
    }
    expect(Math.abs(highest.exact - MEASURED.sampleMax), highest.exactPair).toBeLessThanOrEqual(TOLERANCE);
    expect(highest.exact, highest.exactPair).toBeLessThanOrEqual(NEAR_DUPLICATE_THRESHOLD - MARGIN);
    expect(highest.estimate, highest.estimatePair).toBeLessThanOrEqual(NEAR_DUPLICATE_THRESHOLD - MARGIN);
  });

  it('tells template notices from two cities apart by their 发文字号, not by their text', () => {
    const { exact } = measurePair('noticeWenzhou~noticeTaizhou');
    // As close as an edited story: text alone cannot separate them …
    expect(exact).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    // … but they are two official documents, and the rule says so.
    const number = (id: string) => (library.db.prepare('SELECT doc_number FROM documents WHERE id = ?').get(id) as { doc_number: string | null }).doc_number;
    expect(number(ids.noticeWenzhou)).toBe('温住建〔2024〕58号');
    expect(number(ids.noticeTaizhou)).toBe('台住建〔2024〕41号');
    expect(mayBeSameDocument({ docNumber: number(ids.noticeWenzhou) }, { docNumber: number(ids.noticeTaizhou) })).toBe(false);
  });

  it('linked exactly the versions of the story at import, each to the most similar earlier one', () => {
    const pairs = listDuplicates(library, { status: 'all', offset: 0, limit: 500 }).items;
    const byRight = new Map(pairs.map((pair) => [pair.right.id, pair]));
    expect(pairs).toHaveLength(3);
    expect(byRight.get(ids.siteB)?.left.id).toBe(ids.siteA);
    expect(byRight.get(ids.siteC)?.left.id).toBe(ids.siteA);
    expect(byRight.get(ids.edited)?.left.id).toBe(ids.siteA);
    for (const pair of pairs) expect(pair.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });
});
