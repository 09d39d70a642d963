import { foldTraditional } from '../../text/normalize';
import { findDates } from '../metadata/dates';
import { NUMBERED } from './line-features';

/**
 * The info line under a page's title, in all its shapes: "来源：X  发布时间：[ 2023-09-08 ]  作者：
 * 浏览次数：12", "时间：2023-06-30 16:42  来源：某局", "【来源：X】", "信息提供：局办公室", "来源:X
 * 2024-03-05". A value runs to the next label; an empty label takes nothing.
 */

export interface InfoFields {
  source?: string;
  author?: string[];
  date?: string;
  /** 成文日期 / 发文日期 (a 信息公开 table). */
  writtenDate?: string;
  /** 发布机构 / 发文机关 (a 信息公开 table). */
  issuer?: string;
  /** 文号 / 发文字号. */
  docNumber?: string;
  /** The uploader or editor named (上传、编辑): never the author. */
  editor?: string;
  /** The authors are named as reporters (记者、通讯员): a news report. */
  reporters?: boolean;
  /** `date` is when the page was last updated (更新时间), which a publication date stated elsewhere overrides. */
  dateIsUpdate?: boolean;
}

export interface InfoLine {
  fields: InfoFields;
  /** How many labels the line holds. */
  labels: number;
  /** Read as a 公众号 head line (account and date, no label): only a head line can be one. */
  wechatHead?: boolean;
}

type Field = 'source' | 'author' | 'date' | 'writtenDate' | 'issuer' | 'docNumber' | 'editor' | 'other';

const LABELS: [Field, string[]][] = [
  // "转自：X" set among other labels ("转自：宁波晚报 时间：…"): a source's label like 来源 (alone, REPRINTED_FROM reads it).
  ['source', ['信息来源', '文章来源', '稿件来源', '新闻来源', '内容来源', '来源', '來源', '稿源', '出处', '出處', '信息提供', '供稿单位', '投稿单位', '供稿', '发布单位', '發布單位', '转载自', '转自', '轉自', '摘自']],
  ['issuer', ['发布机构', '發布機構', '发文机关', '發文機關', '发文单位', '发文机构']],
  ['writtenDate', ['成文日期', '发文日期', '發文日期', '印发日期']],
  ['docNumber', ['发文字号', '發文字號', '文号', '文號', '文件编号']],
  ['author', ['作者', '撰稿人', '撰稿', '撰文', '执笔人', '执笔', '執筆', '记者', '記者', '通讯员', '通訊員', '投稿人', '投稿', '撰写人', '撰写', '采写', '文案', '文稿', '文字', '文/图', '文／图', '图/文', '图／文', '图文', '文']],
  ['date', ['发布时间', '发布日期', '發布時間', '發布日期', '發佈日期', '发表时间', '发表日期', '发稿时间', '更新时间', '更新日期', '上传时间', '录入时间', '生成日期', '时间', '時間', '日期']],
  ['editor', ['责任编辑', '責任編輯', '编辑', '編輯', '上传者', '上传', '发布者', '发布人', '录入', '审核', '審核', '审稿', '审定', '校对']],
  // A picture's or a chart's source (图片来源：X, 数据来源：X) is not where the text comes from.
  ['other', ['原标题', '原標題', '原题', '图片来源', '圖片來源', '照片来源', '视频来源', '图源', '数据来源', '图片提供', '图', '摄', '浏览次数', '浏览量', '浏览', '阅读量', '阅读', '点击数', '点击', '访问量', '瀏覽次數', '瀏覽', '閱讀', '點擊', '字体大小', '字體大小', '字号', '字號', '字體', '字体', '分享到', '打印', '索引号', '公开方式', '主题分类', '公开时限', '有效性', '名称', '标题']],
];

/** Sites with an English face label their cells in English too (Source: 龙游县住建局 | Author: 方晓琳). */
const LATIN_LABELS: [Field, string[]][] = [
  ['source', ['source']],
  ['author', ['author', 'writer', 'reporter']],
  ['date', ['date', 'published', 'release date', 'publish date']],
  ['editor', ['editor']],
];

const LABEL_TO_FIELD = new Map<string, Field>([...LABELS, ...LATIN_LABELS].flatMap(([field, labels]) => labels.map((label) => [label.replace(/\s+/g, ''), field] as const)));
const ALL_LABELS = LABELS.flatMap(([, labels]) => labels).sort((a, b) => b.length - a.length);
/**
 * A label may have spaces inside (来 源) and ends in a colon (or 丨). Pages glue labels to the value
 * before ("2024-03-12来源：X作者：Y"); a one-character label (文：) must stand apart.
 */
const LONG_LABELS = ALL_LABELS.filter((label) => label.length > 1).map((label) => [...label].join('\\s*'));
const SHORT_LABELS = ALL_LABELS.filter((label) => label.length === 1);
/** An English label is a whole word, in any case: "Source:", "SOURCE：", never the end of "Opensource:". */
const caseless = (label: string): string => [...label].map((char) => (/[a-z]/.test(char) ? `[${char}${char.toUpperCase()}]` : '\\s*')).join('');
const LATIN = LATIN_LABELS.flatMap(([, labels]) => labels).sort((a, b) => b.length - a.length).map(caseless);
const LABEL = new RegExp(`(?:(${LONG_LABELS.join('|')})|(?<=^|[\\s\\[(（|｜，、:：])(${SHORT_LABELS.join('|')})|(?<![A-Za-z])(${LATIN.join('|')}))\\s*[:：丨/／]`, 'g');
/** A counter with no colon at the end of a value: "徐丹阅读 1,358". */
const TRAILING_COUNTER = /\s*(?:阅读|浏览|点击|閱讀|瀏覽|點擊)(?:量|次数|數|数)?\s*[:：]?\s*[\d,，]+\s*次?\s*$/;
/** Chrome words left at the end of a value ("市建设局 打印 关闭", "大灣商報 大 中 小"). */
const TRAILING_CHROME = /(?:\s+(?:[【[]?\s*(?:打印|关闭|關閉|收藏|分享|返回|大|中|小|默认|默認|繁體|简体)\s*[】\]]?))+\s*$/;
/**
 * A page widget set in an element of its own right after the last field, its text glued to the value
 * ("来源：某局扫一扫在手机打开当前页", "来源：某局【字体：大 中 小】"): the value ends where it begins. Only the last field's:
 * a widget stands after the line, and 扫码 or 分享到 only when chrome follows (扫码在手机…, 分享到：), not 来源：扫码科技.
 */
const GLUED_WIDGET = /(?:扫一扫|掃一掃|(?:扫码|分享到)(?=\s*(?:在手机|[:：]|微信|朋友圈|$))|在手机上?(?:打开|浏览|查看|阅读)|(?:我要)?(?:评论|留言|纠错)\s*[(（]\s*\d+\s*[)）]|我要(?:评论|留言|纠错)(?=\s*$)|打印本页|打印此页|关闭窗口|【\s*(?:字体|字号|打印|关闭))[\s\S]*$/;
const EMPTY_NAMES = /^(?:佚名|admin|administrator|管理员|系统管理员|本站|本网|本站原创|本网原创|原创|未知|无|暂无|-+)$/i;
/** Another label, one this reader does not know, and all after it: " 信息发布：区住建局", " 监制：王某". */
export const UNKNOWN_LABEL_ON = /[\s\u3000]+[\p{Script=Han}]{2,5}\s*[:：][\s\S]*$/u;
/** A name that names no one: 佚名, admin, 管理员, 本站; an account id (user01, 1464). */
export function isPlaceholderName(value: string): boolean {
  const name = value.trim();
  return EMPTY_NAMES.test(name) || /^(?:网站|系统|信息)?(?:管理员|编辑|维护)$/.test(name) || /^[A-Za-z0-9_.-]{1,20}$/.test(name);
}

/** Page buttons glued after a name (作者：周某【纠错】): never a person. */
/** A unit written where a name goes (作者：某某公司 王某): not a person. */
const UNIT_END = /(?:公司|集团|局|部|处|科|中心|支部|党委|党组|委员会|委|办公室|室|办|项目|站|队|院|所|网|報|报|社|台)$/;
const BUTTON_WORDS = /^(?:纠错|我要纠错|打印|关闭|分享|收藏|返回|顶部|评论|点赞|举报|字号|默认|放大|缩小|转发|推荐|浏览|阅读|扫码|二维码)$/;
/** Role words before names; a one-character role (文/图/摄) only where a separator marks it: 文/王某. */
const ROLE_WORDS = /(?:本报|本報|本台|本网|本網)?(?:全媒体|融媒体|新媒体|首席|驻站|特约|特約)?(?:特约记者|见习记者|實習生|实习生|记者|記者|通讯员|通訊員|撰稿人|撰稿|执笔人|执笔|摄影|图文)\s*|(?:^|\s)[文图圖摄攝]\s*[/／:：丨|｜]\s*|\s*[/／]\s*[文图圖摄攝](?=\s|$)|\s*[/／]?\s*(?:综合|綜合)?(?:报道|報道|報導|报导|供稿|供图|文[/／]图|图文)$|(?:摄|攝)$/g;

function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/** Brackets around a value ([ 2023-09-08 ]) go; a bracket that closes one inside it (人事处（党委办）) stays. */
function stripBrackets(value: string): string {
  // (A separator or a stop left at an end, "温州日报 ·", "温州日报，作者：…", goes too.)
  let result = value.replace(/^[[【〔\s|｜·•]+|[\]】〕\s|｜·•，,;；。、]+$/g, '').trim();
  const opens = (result.match(/[（(]/g) ?? []).length;
  const closes = (result.match(/[）)]/g) ?? []).length;
  if (closes > opens) result = result.replace(/[）)]+$/, '');
  if (opens > closes && /^[（(]/.test(result)) result = result.replace(/^[（(]+/, '');
  return result.trim();
}

/**
 * A 公众号 article's head line: "原创 王慧敏 湖建先锋 2024年04月25日 17:30 浙江" (or "… 发表于浙江") — the author (when
 * 原创 names one), the account (the source) and the date.
 */
const WECHAT_HEAD = /^(?:(原创)\s*)?(?:([\p{Script=Han}]{2,4})\s+)?([\p{Script=Han}A-Za-z0-9·]{2,20})\s+(\d{4}\s*[-年]\s*\d{1,2}\s*[-月]\s*\d{1,2}\s*日?)(\s+\d{1,2}:\d{2})?(\s*(?:发表于)?[\p{Script=Han}]{2,4})?$/u;

function readWechatHead(text: string): InfoLine | null {
  const match = WECHAT_HEAD.exec(text);
  if (!match) return null;
  // A real head line carries the post's time or place after the date ("… 2024年04月25日 17:30 江苏"), whatever the account's
  // length (a bureau's full name, 南京市江宁区住房和城乡建设局). A long run before a bare date, with no 原创, is a headline set
  // beside its date (a list's row, a layout table's cells): an account's name alone is seldom that long.
  if (!match[1] && !match[5] && !match[6] && (match[3]?.length ?? 0) > 12) return null;
  const date = findDates(match[4] ?? '')[0]?.iso;
  if (!date) return null;
  const fields: InfoFields = { date, source: match[3] ?? '' };
  // "原创 鹿城住建 鹿城住建 …": the account named as its own author names no writer.
  if (match[2] && match[2] !== match[3]) fields.author = [match[2]];
  return { fields, labels: 1, wechatHead: true };
}

const isLabel = (word: string): boolean => LABEL_TO_FIELD.has(foldTraditional(word.replace(/\s+/g, '')));

/**
 * "发布机构 | 鹿城区住建局 | 生成日期 | 2024-03-14": a table row of label and value cells; "来源｜X 作者｜Y":
 * label and value parted by the bar, the pairs by spaces (a cell that ends in a label labels the next one).
 */
function asLabelledCells(text: string): string {
  const cells = text.split(/\s*[|｜]\s*/).filter(Boolean);
  if (cells.length < 2) return text;
  const labelled = cells.map((cell, index) => {
    if (index + 1 >= cells.length) return cell;
    if (isLabel(cell)) return `${cell}：`;
    const last = /(?:^|\s)(\S{1,6})$/.exec(cell)?.[1];
    return last !== undefined && isLabel(last) ? `${cell}：` : `${cell} `;
  });
  return labelled.join('');
}

/** A label and its colon alone on a line ("来源：", "作 者："): its value is on the next. */
export function isLabelOnly(line: string): boolean {
  const label = /^\s*[【[]?\s*([^\s:：丨|｜【】[\]]{1,6}(?:\s[^\s:：丨|｜【】[\]]){0,3})\s*[】\]]?\s*[:：丨|｜]?\s*$/.exec(line)?.[1];
  const field = label === undefined ? undefined : LABEL_TO_FIELD.get(foldTraditional(label.replace(/\s+/g, '')));
  return field !== undefined && field !== 'other' && /[:：丨|｜】\]]\s*$/.test(line);
}

/** "【来源】温州日报 【作者】王某", "【作者】：王某": a label in brackets instead of a colon, or before one. */
function bracketedLabels(text: string): string {
  return text.replace(/[【[［]\s*([^【】[\]［］]{1,6}?)\s*[】\]］]\s*[:：]?/g, (whole, label: string) => (isLabel(label) ? ` ${label}：` : whole));
}

/** "来源 温州日报 作者 王某 日期 2024-03-05": label and value side by side with no colon, two labels at least. */
function spacedPairs(text: string): string {
  const words = text.split(/[\s\u3000]+/).filter(Boolean);
  // One pair alone ("作者 王某", "来源 温州日报"): only a writer's or a source's label.
  const single = words.length === 2 ? LABEL_TO_FIELD.get(foldTraditional(words[0] ?? '')) : undefined;
  if (single === 'author' || single === 'source') return `${words[0]}：${words[1]}`;
  if (words.length < 4 || words.length % 2 !== 0) return text;
  const labels = words.filter((_, index) => index % 2 === 0);
  return labels.every(isLabel) ? words.map((word, index) => (index % 2 === 0 ? `${word}：` : `${word} `)).join('') : text;
}

/** "记者 王某某 通讯员 李某" → [王某某, 李某]; "佚名" → []. */
export function personNames(value: string): string[] {
  // A name padded to three characters in official layout ("李 帅") is one name.
  const padded = /^\s*(\p{Script=Han})[\s\u3000]+(\p{Script=Han}{1,2})\s*$/u.exec(value);
  if (padded) return [`${padded[1]}${padded[2]}`];
  const names = value
    .replace(/[（(][^）)]*[）)]/g, ' ')
    .replace(ROLE_WORDS, ' ')
    .split(/[\s、，,；;/|｜]+/)
    .map((name) => name.replace(/^[（(]|[）)]$/g, '').trim())
    .filter((name) => /^(?:[\p{Script=Han}·]{2,6}|\p{Script=Han}{1,6}·\p{Script=Han}{1,6})$/u.test(name) && !EMPTY_NAMES.test(name) && !BUTTON_WORDS.test(name));
  // 作者：某某公司 王某 names the writer and the unit; a unit alone (作者：党群工作部) stays the author.
  const isUnit = (name: string): boolean => name.length >= 4 && UNIT_END.test(name);
  if (names.length === 0) {
    // A unit's name too long for a person's (作者：杭州市余杭区住建局办公室) is the author as written.
    const whole = value.replace(/[\s\u3000]+/g, '');
    return /^[\p{Script=Han}（）()]{7,24}$/u.test(whole) && UNIT_END.test(whole.replace(/[（(][^（）()]*[）)]$/, '')) ? [whole] : [];
  }
  return names.some((name) => !isUnit(name)) ? names.filter((name) => !isUnit(name)) : names;
}

/** Reads one line as an info line; null when it holds no label with a value and no date label. */
/** "本报记者 孙海燕 通讯员 毛晓雯" on a line of its own: the reporters. */
const OUTLET_BEFORE_ROLE = /^(?:本报|本網|本网|本台|[\p{Script=Han}]{2,10}?(?:网|網|报|報|电视台|台|融媒体中心|融媒體中心|新闻中心|新聞中心|客户端|客戶端|在线|在線))(?=(?:全媒体|融媒体|新媒体|首席|驻站)?(?:记者|記者|通讯员|通訊員|特约记者))/u;
const REPORTERS_LINE = /^(?:全媒体|融媒体|新媒体|首席|驻站|见习|見習|特约|特約)?(?:记者|記者|通讯员|通訊員|特约记者)\s*[\p{Script=Han}·]{2,4}(?:[\s、]+(?:(?:本报|本網|本网)?(?:全媒体|融媒体|首席|见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)\s*)?[\p{Script=Han}·]{2,4})*(?:\s*[/／]?\s*(?:综合|綜合)?(?:报道|報道|報導|报导|摄|攝))?$/u;

/** A source value ending in a 2–3 character name after a paper or site's name ("浙江在线-浙江日报 方力"). */
const OUTLET_THEN_NAME = /^(.{2,30}?(?:报|報|网|網|台|社|刊|在线|在線|客户端|客戶端))\s+([\p{Script=Han}]{2,3})$/u;
/** Words for a channel of a paper or site, not a person (数字报, 客户端, 公众号, 官网). */
const MEDIA_WORD_END = /(?:端|号|號|博|版|频道|頻道|官网|官網|头条|頭條|专栏|專欄)$/;

/**
 * The outlet as it is named, without what surrounds it: 《温州日报》, "温州日报（2024年3月5日 第3版）",
 * "微信公众号“鹿城住建”".
 */
function sourceName(value: string): string {
  let name = value.replace(/\s*[（(][^（）()]*(?:\d{4}|第?\s*[A-Z]?\d+\s*版)[^（）()]*[）)]$/u, '').trim();
  name = name.replace(/^(?:微信)?公众号\s*[:：]?\s*/, '').replace(/^(?:转自|转载自|轉自|摘自|选自)\s*/, '');
  // "“鹿城住建”微信公众号": the account's name in quotes, then what it is.
  const quoted = /^[《“"「]([^《》“”"「」]{2,30})[》”"」](?:\s*(?:微信)?公众号)?$/.exec(name);
  return (quoted?.[1] ?? name).trim();
}

/**
 * "（摘自《中国建设报》）", "本文转自：浙江建设": where a reprinted text was first published; a rights notice may follow
 * it ("本文转载自某报，如有侵权请联系删除。").
 */
const REPRINTED_FROM = /^[（(]?\s*(?:(?:本文|文章|此文|内容)?(?:摘自|转自|转载自|原载|选自|原载于|转载于|来源于|來源於|原刊于|原文刊载于)|(?:本文|文章|此文|内容)(?:来自|源自|刊于))\s*[:：]?\s*(?:微信公众号|公众号)?\s*[《“"「]?([^《》“”"「」（）()，。；！？]{2,30}?)[》”"」]?\s*(?:公众号|微信公众号)?\s*[）)]?(?:\s*[，,；;]\s*[^，,。]{0,30}(?:侵权|侵權|版权|版權|删除|刪除)[^，,。]{0,20}[。！]?)?$/;

/** A line that only says where the text was reprinted from (and perhaps that it will be removed on request). */
export function isReprintNotice(line: string): boolean {
  return REPRINTED_FROM.test(line.trim());
}

/** Names, then "/文" (and perhaps a photographer, "/图"). */
const NAMES_THEN_WEN = /^([\p{Script=Han}·]{2,4}(?:[\s、]+[\p{Script=Han}·]{2,4})*)\s*[/／]\s*文(?:\s+[\p{Script=Han}·]{2,4}\s*[/／]\s*[图圖摄攝])?$/u;

/** Every shape of info line holds one of these (a label's colon, a date's digits, a reporter): most lines are told at once. */
const MAY_BE_INFO = /[:：丨/／|｜【\d]|^\s*(?:作\s*者|来\s*源|來\s*源)\s|记者|記者|通讯员|通訊員|摘自|转自|转载|原载|选自|来源于|來源於|来自|源自|刊于/;

/**
 * A date some CMSs print with a two-digit year ("25-11-04", "日期：25-10-21"), read only where a page's date stands (a date
 * label's value, or the end of its 来源 value): 20YY.
 */
function shortYearDate(value: string): { iso: string; index: number } | null {
  const match = /(?:^|[\s\u3000])(\d{2})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [month, day] = [Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const index = value.lastIndexOf(`${match[1]}-${match[2]}-${match[3]}`);
  return { iso: `20${match[1]}-${match[2]}-${match[3]}`, index };
}

/**
 * Reporters named without a colon among other fields ("2025-04-09 08:31 记者 陈某远 通讯员 苏某 来源：某报"): read
 * apart, and the rest of the line read as it would be without them.
 */
const REPORTERS_AMONG_FIELDS = /(?<=^|[\s\u3000])((?:(?:本报|本報|本网|本網)?(?:记者|記者|通讯员|通訊員)[\s\u3000]+[\p{Script=Han}·]{2,12}(?:[\s\u3000、]+[\p{Script=Han}·]{2,4}(?![:：]))*(?:[\s\u3000]+|$))+)/u;

export function readInfoLine(line: string): InfoLine | null {
  const reporters = REPORTERS_AMONG_FIELDS.exec(line);
  const rest = reporters ? line.replace(reporters[1] ?? '', '\u3000').trim() : '';
  if (reporters && rest && (findDates(rest).length > 0 || [...foldTraditional(rest).matchAll(LABEL)].length > 0)) {
    const names = personNames(reporters[1] ?? '');
    const read = readInfoLineFields(rest);
    if (names.length > 0 && read) return { ...read, fields: { ...read.fields, author: [...names, ...(read.fields.author ?? [])], reporters: true }, labels: read.labels + 1 };
    if (names.length > 0 && findDates(rest).length > 0) return { fields: { date: findDates(rest)[0]?.iso, author: names, reporters: true }, labels: 1 };
  }
  return readInfoLineFields(line);
}

function readInfoLineFields(line: string): InfoLine | null {
  if (!MAY_BE_INFO.test(line)) return null;
  // "[来源:温州日报] [作者:王某]": each field in square brackets, which part the fields as 【】 do.
  const squared = /\[[^[\]]*[:：][^[\]]*\]/.test(line) ? line.replace(/[[\]]/g, ' ') : line;
  const text = squash(asLabelledCells(bracketedLabels(squared).replace(/[【】]/g, ' '))).replace(/^[■□▲●◆◇★☆▪○◎]\s*/, '');
  if (text.length > 160) return null;
  const reprinted = REPRINTED_FROM.exec(text);
  // (Other labels after it, "转自：宁波晚报 时间：2025-11-27", make it a labelled line, read below.)
  if (reprinted?.[1] && [...foldTraditional(reprinted[1]).matchAll(LABEL)].length === 0) return { fields: { source: reprinted[1].trim() }, labels: 1 };
  // "王某/文", "王某 李某/文 张某/图": the writers before the mark.
  const slashed = NAMES_THEN_WEN.exec(text);
  if (slashed?.[1]) return { fields: { author: personNames(slashed[1]) }, labels: 1 };
  // "浦阳新闻网记者 张一帆 报道": the outlet glued before the role is not a name.
  const credits = text.replace(OUTLET_BEFORE_ROLE, '');
  if (REPORTERS_LINE.test(foldTraditional(credits))) {
    const names = personNames(credits);
    return names.length > 0 ? { fields: { author: names, reporters: true }, labels: 1 } : null;
  }
  // Labels are matched in simplified script (來源、發佈時間 read as 来源、发布时间); values are taken as written.
  const marks = [...foldTraditional(text).matchAll(LABEL)];
  if (marks.length === 0) {
    const paired = spacedPairs(text);
    if (paired === text) return readWechatHead(text);
    return readInfoLine(paired);
  }
  // Prose that merely mentions a label ("资料来源于…") is not an info line.
  const first = marks[0];
  if (first && first.index > 20 && !findDates(text.slice(0, first.index)).length) return null;
  const fields: InfoFields = {};
  const before = text.slice(0, first?.index ?? 0);
  const leadingDate = findDates(before)[0];
  if (leadingDate) fields.date = leadingDate.iso;
  marks.forEach((mark, index) => {
    const label = (mark[1] ?? mark[2] ?? mark[3]?.toLowerCase())?.replace(/\s+/g, '') ?? '';
    const field = LABEL_TO_FIELD.get(label) ?? 'other';
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[index + 1]?.index ?? text.length;
    // A label this reader does not know ("信息发布：", "监制：") still ends the value before it.
    const raw = text.slice(start, end).replace(UNKNOWN_LABEL_ON, '');
    const last = index === marks.length - 1;
    let value = stripBrackets((last ? raw.replace(GLUED_WIDGET, '') : raw).replace(TRAILING_COUNTER, '').replace(TRAILING_CHROME, ''));
    if (field === 'date' || field === 'writtenDate') {
      const date = findDates(value)[0] ?? shortYearDate(value);
      const update = /更新/.test(label);
      if (date && field === 'date' && (fields.date === undefined || (fields.dateIsUpdate && !update))) {
        fields.date = date.iso;
        fields.dateIsUpdate = update || undefined;
      }
      if (date && field === 'writtenDate') fields.writtenDate ??= date.iso;
      return;
    }
    if (field === 'docNumber') {
      if (value) fields.docNumber ??= value;
      return;
    }
    // "来源：温州日报 2024-03-05": a trailing date is the date.
    const trailing = findDates(value).at(-1) ?? shortYearDate(value);
    if (trailing && field !== 'other') {
      fields.date ??= trailing.iso;
      value = stripBrackets(value.slice(0, trailing.index).replace(/[（(][^）)]*$/, ''));
    }
    value = value.replace(/\s+\d{1,2}:\d{2}(?::\d{2})?$/, '').trim();
    if (!value || EMPTY_NAMES.test(value)) return;
    // A source runs to the reporters named after it ("东瓯日报 记者 林晓 通讯员 周文"): they are the authors.
    if (field === 'source') {
      const credits = /\s+((?:本报|本网)?(?:记者|記者|通讯员|通訊員)[\s\S]*)$/.exec(value);
      const names = credits ? personNames(credits[1] ?? '') : [];
      if (names.length > 0) {
        fields.author = [...(fields.author ?? []), ...names];
        fields.reporters = true;
      }
      value = value.replace(/\s+(?:本报|本网)?(?:记者|記者|通讯员|通訊員|作者|编辑|責任編輯|责任编辑)[\s\S]*$/, '').trim();
      // "来源：东瓯日报 林晓琪": a paper or site, then its writer's name with no label.
      const writer = OUTLET_THEN_NAME.exec(value);
      if (writer?.[1] && writer[2] && !UNIT_END.test(writer[2]) && !MEDIA_WORD_END.test(writer[2])) {
        value = writer[1];
        fields.author = [...new Set([...(fields.author ?? []), writer[2]])];
      }
    }
    if (field === 'source') value = sourceName(value);
    if (field === 'source' && !fields.source && value.length <= 40 && value && !EMPTY_NAMES.test(value)) fields.source = value;
    else if (field === 'issuer' && !fields.issuer && value.length <= 60) fields.issuer = value;
    else if (field === 'author') {
      const names = personNames(value);
      if (names.length > 0) fields.author = [...(fields.author ?? []), ...names];
      if (names.length > 0 && /记者|記者|通讯员|通訊員/.test(label)) fields.reporters = true;
    } else if (field === 'editor' && !fields.editor) fields.editor = value;
  });
  return { fields, labels: marks.length };
}

/** An info line worth reading: labels with something in them, and short (not a sentence that mentions 来源). */
export function isInfoLine(line: string): boolean {
  // A numbered point of the text ("一、活动时间：7月15日至7月31日。") is the document's, not the page's.
  if (NUMBERED.test(line)) return false;
  const info = readInfoLine(line);
  if (!info) return false;
  const { fields } = info;
  // A short line that reads nothing but ends a sentence or asks ("记者：工友们最关心什么？") is the text's: an interview's question.
  const sentence = /[。！？?!][”’」』）)]*$/.test(line.trim());
  return info.labels >= 2 || fields.date !== undefined || fields.source !== undefined || fields.issuer !== undefined || fields.docNumber !== undefined || (fields.author?.length ?? 0) > 0 || (line.trim().length <= 30 && !sentence);
}

/**
 * Labels only a 信息公开 table (索引号, 发布机构, 生成日期…) carries; 名称 and 发布日期 go with them there. A label
 * ends at a colon, a bar, or a tab (a table copied from a browser puts a tab between its cells).
 */
const DISCLOSURE_STRONG = ['索引号', '信息索引号', '发布机构', '发文机关', '公开主体', '所属机构', '主题分类', '信息分类', '体裁分类', '组配分类', '生成日期', '成文日期', '发文日期', '文号', '发文字号', '关键词', '有效性', '废止日期', '公开方式', '公开范围', '公开时限', '信息名称', '文件名称'];
const DISCLOSURE_WEAK = ['名称', '标题', '发布日期', '发布时间', '时效'];
const spaced = (label: string): string => [...label].join('[\\s\\u3000]*');
const DISCLOSURE_LABEL = new RegExp(`(?:^|[|｜\\s\\u3000])(${[...DISCLOSURE_STRONG, ...DISCLOSURE_WEAK].sort((a, b) => b.length - a.length).map(spaced).join('|')})(?:[\\s\\u3000]*(?:[:：]|[|｜]|$)|\\t)`, 'g');

/**
 * A row of a 信息公开 table ("索 引 号： | … | 信息分类： | 部门文件", "有 效 性： | 有效 | 废止日期："):
 * two labels, one only such tables use; next to another row, one label at its start is enough (名 称： | …).
 */
export function isDisclosureRow(line: string, besideRow = false): boolean {
  const found = [...line.matchAll(DISCLOSURE_LABEL)];
  const labels = found.map((match) => (match[1] ?? '').replace(/[\s\u3000]+/g, ''));
  if (besideRow && found[0]?.index === 0 && line.length <= 120) return true;
  return labels.length >= 2 && labels.some((label) => DISCLOSURE_STRONG.includes(label));
}
