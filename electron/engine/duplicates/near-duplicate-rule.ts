/**
 * When two documents count as near duplicates (查重). Measured on tests/fixtures/near-duplicates/ after
 * the real importer cleaned them (tests/unit/duplicates/threshold.test.ts records the numbers):
 *
 *   same story, republished by 3 sites (headers, footers, editor's note, WeChat sub-headings)
 *     site A ↔ site B 0.98 · site A ↔ site C 0.94 · site B ↔ site C 0.93   (exact Jaccard of 4-shingles)
 *   lightly edited version (a few sentences and figures changed, closing rewritten)
 *     ↔ site A 0.68 · ↔ site B 0.67 · ↔ site C 0.65
 *   different story on the same theme, same slogans (党建联建, 红色工地, 把支部建在项目上)
 *     ↔ each version 0.02
 *   two cities' notices from one template (温住建〔2024〕58号, 台住建〔2024〕41号)   0.65
 *   the 39 documents of the sample library, every pair and against the fixtures: at most 0.20
 *     (the Taizhou sample notice ↔ the Taizhou template notice; related policies such as a 试行 办法
 *     and its successor 0.09–0.11)
 *   (Measured again after the importer learnt to drop 公众号 follow prompts and 往期推荐 lists: the
 *   republished pairs moved closer, from 0.80 and 0.74; and again after it learnt to find the article
 *   by its structure (reading/): from 0.85, 0.87 and 0.81; and after it learnt a series' 编者按 is the
 *   column's, not the story's: site B from 0.89 and 0.84.)
 *
 * The MinHash estimates (what the decision uses) land close by: 0.58–0.86 for the versions of the
 * story, at most 0.22 for unrelated pairs.
 *
 * The threshold sits midway in the gap between 0.20 (the most similar unrelated pair) and 0.60 (the
 * least similar version of one story, now 0.65): 0.40 leaves a margin of about 0.20 on each side, more than three
 * times the MinHash estimate's standard error (≈0.045 with 128 hashes); the test holds both sides to
 * at least 0.10, exact and estimated.
 *
 * Template notices are NOT near duplicates, by decision: they are different official documents (each
 * bureau's notice is its own record, and staff keep every notice they receive), and merging one into
 * the other would hide a real document. Their texts are as close as an edited story, so text alone
 * cannot tell them apart; their 发文字号 can. Two documents that both carry a 发文字号, and different
 * ones, are never near duplicates. (Template notices without a document number are still flagged,
 * and 保留两份 settles them.)
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.4;

/**
 * A story republished shortened (a site's repost of a submission, an excerpt in a newspaper) shares
 * little by Jaccard with the long original (0.34 and 0.38 estimated on the evaluation corpus's two such
 * pairs) although nearly all of the short text stands in the long one. Such a pair counts when most
 * of the shorter text's shingles are in the other: the share, from the Jaccard estimate J and the two
 * set sizes, is J·(|A|+|B|)/(1+J) ÷ min(|A|,|B|) (0.82 and 0.69 for those pairs; an unrelated pair
 * sharing slogans stays under 0.3). Short texts (under 150 shingles, about 150 characters) never count
 * this way: a few shared phrases would make most of them.
 */
export const EXCERPT_SHARE = 0.65;
const EXCERPT_MIN_SHINGLES = 150;

/** How alike two texts are for 查重: the Jaccard estimate, or for a shortened republication the share of the shorter text found in the longer. */
export function nearDuplicateScore(jaccard: number, shingles: number, otherShingles: number): number {
  const shorter = Math.min(shingles, otherShingles);
  if (jaccard >= NEAR_DUPLICATE_THRESHOLD || shorter < EXCERPT_MIN_SHINGLES || jaccard <= 0) return jaccard;
  const share = Math.min(1, (jaccard * (shingles + otherShingles)) / (1 + jaccard) / shorter);
  return share >= EXCERPT_SHARE ? share : jaccard;
}

/** Similarities are reported to two decimals (the 0.93 shown as “相似度 93%”). */
export function roundSimilarity(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** 温住建〔2024〕58号, 温住建[2024]58号 and 温住建 (2024) 58 号 are one number. */
export function normalizeDocNumber(value: string | null | undefined): string | null {
  if (!value) return null;
  const folded = value
    .normalize('NFKC')
    .replace(/[〔［【(（\]］】)）〕[]/g, '|')
    .replace(/\s+/g, '');
  return folded.length > 0 ? folded : null;
}

/** False when both documents carry a 发文字号 and the numbers differ: two distinct official documents. */
export function mayBeSameDocument(left: { docNumber: string | null }, right: { docNumber: string | null }): boolean {
  const a = normalizeDocNumber(left.docNumber);
  const b = normalizeDocNumber(right.docNumber);
  return a === null || b === null || a === b;
}
