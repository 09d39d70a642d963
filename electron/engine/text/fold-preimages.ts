import { normalizeChar, traditionalMap } from './normalize';

/**
 * The inverse of normalizeText for CJK ideographs: every character a text may hold where its
 * normalised form has a given ideograph. Lets a search find a term's occurrences in a text's raw
 * bytes without normalising (or even decoding) the whole text.
 */

const isUnifiedIdeograph = (cp: number) => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf);

/**
 * The BMP blocks outside the unified ideographs whose characters fold into them: CJK radicals and
 * Kangxi radicals, kanbun, circled ideographs, compatibility ideographs. A test folds every BMP
 * character and checks that each one folding to an ideograph is found.
 */
const FOLDING_BLOCKS: readonly (readonly [number, number])[] = [
  [0x2e80, 0x32ff],
  [0xf900, 0xfaff],
];

let preimages: Map<string, string[]> | null = null;

function build(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (cp: number) => {
    if (cp > 0xffff) return;
    const ch = String.fromCharCode(cp);
    const folded = normalizeChar(ch);
    if (folded === ch || !isUnifiedIdeograph(folded.charCodeAt(0))) return;
    const list = out.get(folded);
    if (list) list.push(ch);
    else out.set(folded, [ch]);
  };
  for (const cp of traditionalMap().keys()) add(cp);
  for (const [from, to] of FOLDING_BLOCKS) for (let cp = from; cp <= to; cp++) add(cp);
  return out;
}

/**
 * The characters whose normalised form is `ideograph` (a CJK unified ideograph of the BMP), itself
 * first when it is its own normalised form; null for any other character.
 */
export function foldPreimages(ideograph: string): string[] | null {
  if (ideograph.length !== 1 || !isUnifiedIdeograph(ideograph.charCodeAt(0))) return null;
  preimages ??= build();
  const others = preimages.get(ideograph) ?? [];
  return normalizeChar(ideograph) === ideograph ? [ideograph, ...others] : [...others];
}
