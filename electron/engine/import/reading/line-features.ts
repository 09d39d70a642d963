/** What a line looks like to the structure readers: prose, a heading, a date, an organisation. */

const HAN_SINGLE = /^\p{Script=Han}$/u;
export const SENTENCE_END = /[。！？!?；;…][”’」』）)]*$/u;
const SENTENCE_PUNCT = /[。！？；，、]/g;

/** The characters \p{Script=Han} matches, counted by code unit without building a match array (every line is counted several times). */
export function hanCount(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x2e80) continue;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) count += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // Outside the BMP (extension B and later): a surrogate pair.
      if (HAN_SINGLE.test(text.slice(at, at + 2))) count += 1;
      at += 1;
    } else if (HAN_SINGLE.test(text[at] as string)) count += 1;
  }
  return count;
}

/** A line of running text: long, Chinese, with sentence punctuation. */
export function isProseLine(text: string): boolean {
  const han = hanCount(text);
  if (han < 12) return false;
  const punct = text.match(SENTENCE_PUNCT)?.length ?? 0;
  return SENTENCE_END.test(text) || (punct >= 2 && han >= 20) || han >= 60;
}

/** 一、 （一） 1. 第一条 一是 首先: the numbering of a section heading or item. */
export const NUMBERED = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|\d{1,2}\s*[、.．](?!\d)|[（(]\s*\d{1,2}\s*[）)]|第[一二三四五六七八九十百]{1,4}[条章节部分]|[一二三四五六七八九十]是|[①②③④⑤⑥⑦⑧⑨⑩])/;

/** 【背景】 一、背景 （二）主要做法: a section label of a case write-up. */
export const SECTION_LABEL = /^\s*(?:[【[]\s*[^】\]]{2,8}\s*[】\]]|(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])\s*\S{2,12})\s*$/;

/** A short line that could be a heading or title: no sentence end, not too long. */
export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.length <= 60 && !SENTENCE_END.test(trimmed) && hanCount(trimmed) >= 2;
}

/** An organisation's name: 局, 委员会, 公司, 党支部… at the end. */
export const ORGANIZATION_END =
  /(?:局|厅|委员会|委|办公室|办|政府|人民政府|中心|协会|学会|工会|总工会|公司|集团|有限公司|股份有限公司|党委|党组|党支部|支部|党总支|工作委员会|指挥部|管委会|管理委员会|街道办事处|街道|镇人民政府|院|所|站|队|部|处|科|联合会|妇联|团委|纪委|监委|建设局|住建局|建设厅)$/;

/** A line that is only an organisation's name (a 落款 line, 申报单位). */
export function isOrganizationLine(text: string): boolean {
  const trimmed = text.replace(/\s+/g, '');
  return trimmed.length >= 3 && trimmed.length <= 40 && ORGANIZATION_END.test(trimmed) && !/[，。；：:“”]/.test(trimmed) && !TELLS_WHAT_HAPPENED.test(trimmed);
}

/** A count or a deed ("12个重点项目建起临时党支部"): a headline about a body, not the body's name. */
const TELLS_WHAT_HAPPENED = /[\d一二三四五六七八九十两]+(?:个|家|名|所)|建起|建成|成立了|组建了|设立了|挂牌成立|实现/;
