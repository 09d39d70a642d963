/** Characters that carry ink, for weighting a size by how much text is set in it. */
export const inkLength = (text: string): number => text.replace(/\s+/g, '').length;

/** The median of sizes weighted by the characters set in each: the size most of the text has (0 when nothing has ink). */
export function weightedMedianSize(runs: readonly { text: string; size: number }[]): number {
  const weighted = runs.map((run) => ({ size: run.size, weight: inkLength(run.text) })).filter((entry) => entry.weight > 0);
  weighted.sort((a, b) => a.size - b.size);
  const total = weighted.reduce((sum, entry) => sum + entry.weight, 0);
  let seen = 0;
  for (const entry of weighted) {
    seen += entry.weight;
    if (seen * 2 >= total) return entry.size;
  }
  return 0;
}
