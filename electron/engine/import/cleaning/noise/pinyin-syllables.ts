/**
 * The inventory of Mandarin syllables (Hanyu Pinyin, toneless, ü written as ü) and a reader that
 * tells whether a short string is pinyin: syllables with tone marks (jiàn shè), tone numbers
 * (jian4 she4, lv4 for lǜ) or none, separated by spaces, apostrophes or hyphens, or written together
 * (jiànshè). Anything else — an English word that does not split into syllables, capitals, digits
 * other than one tone number after a syllable, superscripts — is not pinyin.
 */

const SYLLABLES_BY_INITIAL = [
  // No initial (a, o, e, er …), and the y-/w- spellings of i-, u-, ü- finals.
  'a ai an ang ao e ei en eng er o ou ê',
  'yi ya yo yao ye you yan yin yang ying yong yu yue yuan yun wu wa wo wai wei wan wen wang weng',
  'ba bo bai bei bao ban ben bang beng bi biao bie bian bin bing bu',
  'pa po pai pei pao pou pan pen pang peng pi piao pie pian pin ping pu',
  'ma mo me mai mei mao mou man men mang meng mi miao mie miu mian min ming mu',
  'fa fo fei fou fan fen fang feng fu',
  'da de dai dei dao dou dan den dang deng dong di dia diao die diu dian ding du duo dui duan dun',
  'ta te tai tao tou tan tang teng tong ti tiao tie tian ting tu tuo tui tuan tun',
  'na ne nai nei nao nou nan nen nang neng nong ni niao nie niu nian nin niang ning nu nuo nuan nü nüe nue',
  'la le lo lai lei lao lou lan lang leng long li lia liao lie liu lian lin liang ling lu luo luan lun lü lüe lue',
  'ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang',
  'ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang',
  'ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang',
  'ji jia jiao jie jiu jian jin jiang jing jiong ju jue juan jun',
  'qi qia qiao qie qiu qian qin qiang qing qiong qu que quan qun',
  'xi xia xiao xie xiu xian xin xiang xing xiong xu xue xuan xun',
  'zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang',
  'cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang',
  'sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang',
  're ri rao rou ran ren rang reng rong ru rua ruo rui ruan run',
  'za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun',
  'ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun',
  'sa se si sai sao sou san sen sang seng song su suo sui suan sun',
  // Interjections (呣 m, 嗯 n / ng, 哼 hng).
  'm n ng hm hng',
];

const SYLLABLES: ReadonlySet<string> = new Set(SYLLABLES_BY_INITIAL.join(' ').split(' '));
/**
 * Syllables that count only with a tone mark (ḿ, ň): without one they are units and list letters,
 * as in 面积(m2), 长度(m), 电流(a1)… — "m2" would otherwise read as 呣 in the second tone.
 */
const MARK_ONLY: ReadonlySet<string> = new Set(['m', 'n', 'ng', 'hm', 'hng', 'a', 'e', 'o', 'ê']);
const LONGEST = 6;

/** Letters with a tone mark → the letter without it. ü keeps its dots (it is a letter of its own). */
const TONE_MARKED: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a',
  ē: 'e', é: 'e', ě: 'e', è: 'e',
  ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o',
  ū: 'u', ú: 'u', ǔ: 'u', ù: 'u',
  ǖ: 'ü', ǘ: 'ü', ǚ: 'ü', ǜ: 'ü',
  ń: 'n', ň: 'n', ǹ: 'n', ḿ: 'm',
  ế: 'ê', ề: 'ê',
};

export interface PinyinReading {
  /** How many syllables the string holds. */
  syllables: number;
  /** How many of them carry a tone (a mark or a number). */
  toned: number;
}

interface Letter {
  base: string;
  marked: boolean;
}

/**
 * Splits toneless letters into syllables, fewest syllables first, with at most one tone mark per
 * syllable. Returns the counts, or null when the letters are not a run of syllables.
 */
function segment(letters: Letter[]): PinyinReading | null {
  const best: (PinyinReading | null)[] = [{ syllables: 0, toned: 0 }];
  for (let end = 1; end <= letters.length; end += 1) {
    let found: PinyinReading | null = null;
    for (let start = Math.max(0, end - LONGEST); start < end; start += 1) {
      const before = best[start];
      if (!before) continue;
      const piece = letters.slice(start, end);
      const marks = piece.filter((letter) => letter.marked).length;
      const syllable = piece.map((letter) => letter.base).join('');
      if (marks > 1 || !SYLLABLES.has(syllable) || (marks === 0 && MARK_ONLY.has(syllable))) continue;
      const candidate = { syllables: before.syllables + 1, toned: before.toned + marks };
      if (!found || candidate.syllables < found.syllables) found = candidate;
    }
    best[end] = found;
  }
  return best[letters.length] ?? null;
}

function lettersOf(word: string): Letter[] | null {
  const letters: Letter[] = [];
  for (const ch of word) {
    const unmarked = TONE_MARKED[ch];
    if (unmarked) letters.push({ base: unmarked, marked: true });
    else if (/^[a-zêü]$/.test(ch)) letters.push({ base: ch === 'v' ? 'ü' : ch, marked: false });
    else return null;
  }
  return letters;
}

/** One word: letters, or one syllable with a tone number (ye4, lv4, ma5). */
function readWord(word: string): PinyinReading | null {
  const numbered = /^(\p{L}+)([0-5])$/u.exec(word);
  if (numbered) {
    const letters = lettersOf(numbered[1] ?? '');
    if (!letters || letters.some((letter) => letter.marked)) return null;
    const reading = segment(letters);
    return reading?.syllables === 1 ? { syllables: 1, toned: 1 } : null;
  }
  const letters = lettersOf(word);
  return letters && letters.length > 0 ? segment(letters) : null;
}

/**
 * Reads `text` as pinyin: lower-case syllables, one or more, separated by spaces, apostrophes or
 * hyphens or written together; numbered syllables (jian4she4) may follow each other directly.
 */
export function readPinyin(text: string): PinyinReading | null {
  const words = text
    .normalize('NFC')
    .trim()
    .split(/[\s'’-]+/u)
    .filter(Boolean)
    // jian4she4: split after each tone number.
    .flatMap((word) => word.split(/(?<=[0-5])(?=\p{L})/u));
  if (words.length === 0) return null;
  let syllables = 0;
  let toned = 0;
  for (const word of words) {
    const reading = readWord(word);
    if (!reading) return null;
    syllables += reading.syllables;
    toned += reading.toned;
  }
  return { syllables, toned };
}
