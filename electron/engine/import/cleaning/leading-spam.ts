/**
 * Lines before the title that are not part of the document: injected spam (gambling, fake invoices,
 * links), site names and navigation bars. Only the first few lines are looked at; the search stops at
 * the title (when the page told us) or at the first line that reads like a title or prose.
 */

const SPAM_WORDS =
  /博彩|娱乐城|娛樂城|赌场|賭場|赌博|百家乐|百家樂|六合彩|时时彩|時時彩|老虎机|老虎機|体育投注|體育投注|真人视讯|真人視訊|彩金|棋牌游戏|棋牌遊戲|开户送|開戶送|注册送|註冊送|代孕|办证|辦證|代开发票|代開發票|威尼斯人|新葡京|太阳城|太陽城|网赌|網賭|下注|返水|加微信|加VX|加V信/i;
const LINK = /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|net|cc|vip|top|xyz|app|bet|info)\b/i;
const SITE_NAME = /^(?:欢迎(?:您)?(?:访问|来到|光临)\S*|\S{2,20}(?:网|網|网站|網站|门户|門戶|门户网站|官网|官網|频道|頻道|客户端|客戶端|在线|在線))$/;
const NAV_TOKEN = /^[\p{Script=Han}A-Za-z]{2,8}$/u;

function isNavigationBar(line: string): boolean {
  const tokens = line.split(/[\s|｜·•/]+/).filter(Boolean);
  return tokens.length >= 4 && tokens.every((token) => NAV_TOKEN.test(token)) && line.length <= 80;
}

export function isSpamLine(line: string): boolean {
  const trimmed = line.trim();
  return SPAM_WORDS.test(trimmed) || (LINK.test(trimmed) && trimmed.length <= 80 && !/[。]/.test(trimmed));
}

function isStrayLine(line: string): boolean {
  const trimmed = line.trim();
  return isSpamLine(trimmed) || SITE_NAME.test(trimmed) || isNavigationBar(trimmed);
}

const MAX_LEADING_LINES = 10;

/** Drops stray lines before the title. With a known title, short lines before it go too. */
export function removeLeadingSpam(text: string, title?: string | null): string {
  const lines = text.split('\n');
  const titleKey = title ? title.replace(/\s+/g, '') : null;
  const titleIndex = titleKey
    ? lines.slice(0, MAX_LEADING_LINES * 2).findIndex((line) => line.replace(/\s+/g, '') === titleKey)
    : -1;
  let first = 0;
  let seen = 0;
  for (let index = 0; index < lines.length && seen < MAX_LEADING_LINES; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    seen += 1;
    if (index === titleIndex) break;
    const beforeTitle = titleIndex > index && line.trim().length <= 40 && !/[:：]/.test(line);
    if (isStrayLine(line) || beforeTitle) first = index + 1;
    else break;
  }
  return first === 0 ? text : lines.slice(first).join('\n');
}
