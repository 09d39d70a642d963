import { normalizeText, traditionalMap } from './normalize';

/**
 * Simplified characters that stand for several traditional characters with different meanings.
 * Each entry lists the senses; characters in one string are variant spellings of the same sense.
 * A simplified character listed as its own sense (后, 系, 干 …) is also a standard traditional
 * character with that meaning (皇后, 系統, 干擾).
 *
 * The folding rule:
 * - The index folds every traditional character to its simplified form, one character at a time.
 * - A simplified (or neutral) query character matches every form: 发 finds 發 and 髮, because the
 *   simplified character really does mean all of them.
 * - A traditional query character listed here matches only its own sense: 乾 finds 乾 and its
 *   variants, never 幹; it finds the simplified 干 in a document written in simplified script
 *   (where 干 may mean 乾) but not in a document written in traditional script (where 干 is 干擾).
 * So folding widens a query only where the user's own characters are ambiguous, never invents one.
 */
export const ONE_TO_MANY: Readonly<Record<string, readonly string[]>> = {
  后: ['后', '後'],
  系: ['系', '係', '繫'],
  发: ['發', '髮'],
  干: ['干', '乾', '幹榦'],
  里: ['里', '裡裏'],
  面: ['面', '麵麪麫'],
  台: ['台臺', '檯枱', '颱'],
  只: ['只衹', '隻'],
  云: ['云', '雲'],
  复: ['復', '複'],
  余: ['余', '餘'],
  谷: ['谷', '穀'],
  松: ['松', '鬆'],
  冲: ['沖', '衝'],
  范: ['范', '範'],
  制: ['制', '製'],
  征: ['征', '徵'],
  斗: ['斗', '鬥'],
  几: ['几', '幾'],
  历: ['歷厤', '曆'],
  汇: ['匯滙', '彙'],
  钟: ['鍾鈡', '鐘'],
  尽: ['盡', '儘'],
  获: ['獲', '穫'],
  采: ['采', '採'],
  卷: ['卷', '捲'],
  丑: ['丑', '醜'],
  表: ['表', '錶'],
  御: ['御', '禦'],
  致: ['致', '緻'],
  朴: ['朴', '樸'],
  向: ['向', '嚮', '曏'],
  咸: ['咸', '鹹'],
  划: ['划', '劃'],
  郁: ['郁', '鬱'],
  胡: ['胡', '衚', '鬍'],
  周: ['周', '週'],
  志: ['志', '誌'],
  党: ['党', '黨'],
  才: ['才', '纔'],
  术: ['术朮', '術'],
  准: ['准', '準'],
  凶: ['凶', '兇'],
  蒙: ['蒙', '矇', '濛', '懞'],
  折: ['折', '摺'],
  占: ['占', '佔'],
  托: ['托', '託'],
  涂: ['涂', '塗'],
  筑: ['筑', '築'],
  困: ['困', '睏'],
  苏: ['蘇', '囌'],
  团: ['團', '糰'],
  据: ['据', '據'],
  症: ['症', '癥'],
  姜: ['姜', '薑'],
  仆: ['仆', '僕'],
  出: ['出', '齣'],
  奸: ['奸', '姦'],
  尸: ['尸', '屍'],
  舍: ['舍', '捨'],
  叶: ['叶', '葉'],
  沈: ['沈', '瀋'],
  家: ['家', '傢'],
  恶: ['惡', '噁'],
  板: ['板', '闆'],
  千: ['千', '韆'],
  秋: ['秋', '鞦'],
  曲: ['曲', '麴麯'],
  纤: ['纖', '縴'],
  累: ['累', '纍'],
};

/** For each traditional character of the list, the characters of its own sense. */
let senseOf: Map<string, string> | null = null;
/** Simplified characters that are also a traditional character of their own. */
let alsoTraditional: Set<string> | null = null;
/** Characters only simplified script uses (们, 这, 发): evidence a document is simplified. */
let simplifiedOnly: Set<number> | null = null;

function senses(): Map<string, string> {
  if (senseOf) return senseOf;
  senseOf = new Map();
  alsoTraditional = new Set();
  for (const [simplified, groups] of Object.entries(ONE_TO_MANY)) {
    for (const group of groups) {
      if (group.includes(simplified)) alsoTraditional.add(simplified);
      for (const ch of group) senseOf.set(ch, group);
    }
  }
  return senseOf;
}

function simplifiedOnlySet(): Set<number> {
  if (simplifiedOnly) return simplifiedOnly;
  senses();
  const map = traditionalMap();
  const set = new Set<number>();
  for (const target of map.values()) {
    const ch = String.fromCodePoint(target);
    if (!map.has(target) && !alsoTraditional?.has(ch)) set.add(target);
  }
  simplifiedOnly = set;
  return set;
}

/** Whether a text is written mostly in traditional script (more traditional-only characters). */
export function isTraditionalScript(widthFolded: string): boolean {
  const map = traditionalMap();
  const simplified = simplifiedOnlySet();
  let traditionalCount = 0;
  let simplifiedCount = 0;
  for (let i = 0; i < widthFolded.length; i++) {
    const cp = widthFolded.charCodeAt(i);
    if (cp < 0x3400) continue;
    if (map.has(cp)) traditionalCount++;
    else if (simplified.has(cp)) simplifiedCount++;
  }
  return traditionalCount > simplifiedCount;
}

/**
 * A check on one character of a query, or null when the character needs none (it is simplified,
 * or not one of the listed traditional characters). `allows(textChar, traditionalDoc)` is given
 * the document's character after width folding, at the place where the folded texts matched.
 */
export interface CharConstraint {
  offset: number;
  allows(textChar: string, traditionalDoc: boolean): boolean;
}

export function constraintFor(queryChar: string, offset: number): CharConstraint | null {
  const ownSense = senses().get(queryChar);
  const simplified = normalizeText(queryChar);
  if (ownSense === undefined || simplified === queryChar) return null;
  const groups = ONE_TO_MANY[simplified] ?? [];
  return {
    offset,
    allows(textChar, traditionalDoc) {
      if (ownSense.includes(textChar)) return true;
      if (textChar === simplified) return !traditionalDoc || !alsoTraditional?.has(simplified);
      // A form the list does not know (a rare variant) is not ruled out.
      return !groups.some((group) => group.includes(textChar));
    },
  };
}

/** Constraints for every listed traditional character of a query term (width-folded, not folded). */
export function constraintsFor(widthFoldedTerm: string): CharConstraint[] {
  const constraints: CharConstraint[] = [];
  for (let i = 0; i < widthFoldedTerm.length; i++) {
    const constraint = constraintFor(widthFoldedTerm[i] ?? '', i);
    if (constraint) constraints.push(constraint);
  }
  return constraints;
}
