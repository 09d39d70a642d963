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
