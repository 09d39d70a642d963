/**
 * A saved page can hold its body twice (a print version under the screen version, or a CMS that
 * renders the content block again). Paragraph runs that repeat an earlier run are dropped; a single
 * repeated paragraph only when it is long enough that repeating it can't be deliberate.
 */

const MIN_RUN_CHARS = 80;
const MIN_SINGLE_CHARS = 50;

const keyOf = (paragraph: string): string => paragraph.replace(/[\s\u3000]+/g, '');

export function collapseRepeatedBody(text: string): string {
  const paragraphs = text.split(/\n/);
  const drop = repeatedParagraphs(paragraphs);
  if (drop.size === 0) return text;
  return paragraphs.filter((_, i) => !drop.has(i)).join('\n');
}

/** Indices of the paragraphs that repeat an earlier run (see collapseRepeatedBody). */
export function repeatedParagraphs(paragraphs: readonly string[]): Set<number> {
  const keys = paragraphs.map(keyOf);
  const firstSeen = new Map<string, number>();
  const drop = new Set<number>();
  let index = 0;
  while (index < keys.length) {
    const key = keys[index] ?? '';
    const earlier = key ? firstSeen.get(key) : undefined;
    if (key === '' || earlier === undefined) {
      if (key && !firstSeen.has(key)) firstSeen.set(key, index);
      index += 1;
      continue;
    }
    // Extend the run: paragraphs after `index` that equal those after `earlier` (blank lines skipped on both sides).
    const run: number[] = [index];
    let chars = key.length;
    let a = earlier + 1;
    let b = index + 1;
    while (b < keys.length && a < index) {
      if (keys[a] === '') {
        a += 1;
        continue;
      }
      if (keys[b] === '') {
        b += 1;
        continue;
      }
      if (keys[a] !== keys[b]) break;
      run.push(b);
      chars += (keys[b] ?? '').length;
      a += 1;
      b += 1;
    }
    if ((run.length >= 2 && chars >= MIN_RUN_CHARS) || key.length >= MIN_SINGLE_CHARS) {
      for (const item of run) drop.add(item);
      index = (run.at(-1) ?? index) + 1;
    } else {
      index += 1;
    }
  }
  return drop;
}
