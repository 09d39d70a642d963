/**
 * The vocabulary of casino spam that hacked sites glue into sentences ("8899葡京net8899vip",
 * "威尼斯人注册送88", "bet365体育在线www.xx.cc"). Written in simplified characters and lower case:
 * the text is matched through normalizeText, which folds traditional characters, full-width forms and
 * capitals (澳門新葡京, ＢＥＴ３６５).
 *
 * The words come in tiers, because a false removal destroys real text: a bureau's own notices say
 * "严禁聚众赌博", "打击六合彩等违法活动", "公共娱乐场所", "返水弯", "金沙江", "永利建设", "皇冠假日酒店".
 * So common words (赌博, 彩票, 金沙, 永利, 皇冠, 娱乐场所) are in no list, trade words such as 返水 count
 * only beside a gambling word, and most gambling words only when something else spammy is glued to
 * them. Entries are regular-expression sources (娱乐场 is not taken before 所).
 */

/** Brand names that are spam wherever they stand: nobody writes about them in a bureau's material. */
export const BRAND_WORDS = ['葡京', '皇冠体育', '皇冠足球', 'bet365', '365bet'];

/**
 * Gambling words. On their own they may be a real mention ("打击六合彩"), so they are removed only when
 * glued to digits or Latin letters, to a word of the next list or to another of these.
 */
export const GAMBLING_WORDS = [
  '百家乐', '六合彩', '时时彩', '博彩', '赌场', '娱乐城', '老虎机', '真人视讯', '威尼斯人', '太阳城娱乐',
  '赌球', '网赌', '体育投注', '足球投注', '北京赛车', '幸运飞艇', '电子游艺', '棋牌游戏', '德州扑克',
  '美高梅', '金沙娱乐', '永利娱乐', '银河娱乐', '娱乐场(?!所)',
];

/**
 * Words of the gambling trade that make a run spam when glued to a gambling word ("六合彩开奖",
 * "真人百家乐", "威尼斯人注册送88"). The first four also do so with digits alone ("首存送88%").
 */
export const TRADE_WORDS_WITH_DIGITS = ['首存', '彩金', '注册送', '开户送'];
export const TRADE_WORDS = [...TRADE_WORDS_WITH_DIGITS, '开奖', '真人', '返水', '投注', '下注', '网投', '赔率'];

/**
 * Ordinary words that spam often carries ("澳门新葡京", "bet365体育在线www…", "威尼斯人app下载"). They
 * never make a run spam, and a spam run takes them in only where they cannot be the start or end of
 * the real text around it:
 * - PREFIX_WORDS only right before a brand, gambling or trade word ("澳门新葡京", not "全新8899葡京");
 * - LINK_SUFFIX_WORDS also right after a web address or Latin brand ("app下载", "vip注册");
 * - FILLER_WORDS only between two spam parts ("bet365体育在线www.xx.cc").
 */
export const PREFIX_WORDS = ['澳门', '新'];
export const LINK_SUFFIX_WORDS = ['下载', '注册', '官网', '登录', '网址'];
export const FILLER_WORDS = [...LINK_SUFFIX_WORDS, '体育', '在线', '娱乐', '送', '即送', '国际', '平台', '手机版'];
