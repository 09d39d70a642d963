/** A run of characters, `changed` when the other text does not have it at this place. */
export interface DiffRun {
  text: string;
  changed: boolean;
}

const MAX_LENGTH = 400;

/** Characters one by one, but a number or a Latin word as one piece: 860 → 1020 differs as a whole. */
function tokens(text: string): string[] {
  return text.match(/[0-9A-Za-z.%]+|[\s\S]/gu) ?? [];
}

/**
 * Marks what differs between two short paragraphs (a longest common subsequence of characters and
 * numbers), so “累计培训工人860余人次” against “累计培训工人1020余人次” marks 860 and 1020. Returns null
 * when the two are too long or too different for marks to help: then they are shown as they are.
 */
export function charDiff(left: string, right: string): { left: DiffRun[]; right: DiffRun[] } | null {
  const a = tokens(left);
  const b = tokens(right);
  if (a.length === 0 || b.length === 0 || a.length > MAX_LENGTH || b.length > MAX_LENGTH) return null;
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] = a[i] === b[j] ? (table[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const common = table[0] ?? 0;
  if (common < Math.min(a.length, b.length) * 0.5) return null;

  const leftKeep = new Array<boolean>(a.length).fill(false);
  const rightKeep = new Array<boolean>(b.length).fill(false);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      leftKeep[i] = true;
      rightKeep[j] = true;
      i += 1;
      j += 1;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return { left: runs(a, leftKeep), right: runs(b, rightKeep) };
}

function runs(pieces: string[], kept: boolean[]): DiffRun[] {
  const result: DiffRun[] = [];
  pieces.forEach((piece, index) => {
    const changed = !kept[index];
    const last = result[result.length - 1];
    if (last && last.changed === changed) last.text += piece;
    else result.push({ text: piece, changed });
  });
  return result;
}
