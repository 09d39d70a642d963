import { traditionalMap } from './normalize';
/**
 * Text pulled from PDFs (and pasted from them into Word) often carries radical code points instead of
 * the characters they look like: a font maps one glyph to both "⼀" (U+2F00) and "一" (U+4E00), and
 * the extractor picks the radical. These are never meant as radicals in running text.
 */

/** CJK Radicals Supplement code points that stand for a whole character (Unicode's equivalents). */
const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂', '⺅': '亻', '⺆': '冂', '⺊': '卜', '⺌': '小', '⺍': '小', '⺏': '尣', '⺐': '尢', '⺒': '巳',
  '⺓': '幺', '⺖': '忄', '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺝': '月', '⺟': '母', '⺠': '民', '⺡': '氵',
  '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺦': '丬', '⺨': '犭', '⺩': '王', '⺪': '疋', '⺫': '罒', '⺬': '示',
  '⺭': '礻', '⺮': '竹', '⺯': '糸', '⺰': '纟', '⺲': '罒', '⺶': '羊', '⺷': '羊', '⺹': '耂', '⺺': '肀',
  '⺼': '月', '⺾': '艹', '⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见',
  '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻌': '辶', '⻍': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長',
  '⻒': '镸', '⻓': '长', '⻔': '门', '⻖': '阝', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞',
  '⻝': '食', '⻟': '飠', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤',
  '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻱': '龜', '⻳': '龟',
};

export function repairRadicals(text: string): string {
  // Kangxi radicals (U+2F00–U+2FD5) have compatibility decompositions to the unified characters.
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (ch) => SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}

/**
 * Simplified-Chinese fonts draw 户 and 戶 with one glyph, and a PDF's ToUnicode map (Chromium printing with Noto CJK SC)
 * names that glyph 戶: "入戶走访" in a simplified text. Where a line is written in simplified characters (one of them
 * there, no other traditional one), its 戶 is the simplified 户 it was drawn as. Only a line holding 戶 is looked at.
 */
export function repairSharedGlyphs(raw: string): string {
  // The same fonts draw "——" as one two-em dash glyph, extracted as U+2E3A (⸺; "———" as ⸻): Chinese writes them as dashes.
  const text = raw.includes('⸺') || raw.includes('⸻') ? raw.replaceAll('⸺', '——').replaceAll('⸻', '———') : raw;
  if (!text.includes('戶')) return text;
  const map = traditionalMap();
  simplifiedOnly ??= simplifiedOnlyOf(map);
  let simplified = false;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '戶') continue;
    const folded = map.get(code);
    if (folded !== undefined && folded !== code) return text;
    if (simplifiedOnly.has(code)) simplified = true;
  }
  return simplified ? text.replaceAll('戶', '户') : text;
}
let simplifiedOnly: Set<number> | undefined;

/**
 * Characters only simplified text uses: a simplified form (a value of the T→S map, no key of it) that Big5 does not
 * encode. 台, 只, 里, 后, 面, 干 are simplified forms that traditional text writes too (台中市, 每戶只限一人, 本里住戶):
 * they say nothing about a line's script.
 */
function simplifiedOnlyOf(map: Map<number, number>): Set<number> {
  const big5 = new Set<number>();
  try {
    const decoder = new TextDecoder('big5');
    const trails = [...Array.from({ length: 0x3f }, (_, i) => 0x40 + i), ...Array.from({ length: 0x5e }, (_, i) => 0xa1 + i)];
    // Big5 proper (leads A1–F9), not the HKSCS additions, which hold some simplified forms.
    for (let lead = 0xa1; lead <= 0xf9; lead += 1) {
      for (const trail of trails) {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\ufffd') big5.add(char.codePointAt(0) ?? 0);
      }
    }
  } catch {
    // A runtime without the Big5 decoder: every simplified form counts.
  }
  return new Set([...map.values()].filter((code) => !map.has(code) && !big5.has(code)));
}
