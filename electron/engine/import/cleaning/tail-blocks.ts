/**
 * Blocks a page appends around the article: related-article lists, comment widgets and disclaimer
 * blocks. Each starts with a heading line; what follows is dropped while it still looks like part of
 * the block (list items, form labels, disclaimer wording), and the first line of prose ends it.
 */

const LIST_HEADING =
  /^\s*[【[]?\s*(?:相关阅读|相关新闻|相关文章|相关链接|相关信息|相关报道|延伸阅读|推荐阅读|往期推荐|往期回顾|往期精彩|精彩回顾|往期精选|热点推荐|热门文章|热门推荐|热点新闻|猜你喜欢|精彩推荐|最新文章|更多新闻|相關閱讀|相關新聞|相關文章|相關報道|延伸閱讀|推薦閱讀|熱門文章)\s*[】\]]?\s*[:：>»]?\s*(?:更多\s*[>»]*)?\s*$/;
const COMMENT_HEADING =
  /^\s*[【[]?\s*(?:发表评论|网友评论|我要评论|评论区|最新评论|热门评论|全部评论|评论列表|用户评论|發表評論|網友評論|我要評論|已有\s*\d+\s*条评论|共\s*\d+\s*条评论|共\s*\d+\s*條評論)/;
const DISCLAIMER_HEADING = /^\s*[【[]?\s*(?:免责声明|免責聲明|特别声明|特別聲明|版权声明|版權聲明|法律声明|声明)\s*[】\]]?\s*[:：]?/;
const DISCLAIMER_WORDING = /本网|本站|本網|转载|轉載|版权|版權|侵权|侵權|不代表|观点|觀點|删除|刪除|联系我们|聯繫我們|来源于网络|仅供参考|僅供參考/;

function isProseLine(line: string): boolean {
  return line.length > 60 || (/[。！？]$/.test(line.trim()) && line.length > 30);
}

function looksLikeListItem(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= 70 && !/[。！？]$/.test(trimmed);
}

/** Index of the first line after the block starting at `start`, using `belongs` for each following line. */
function blockEnd(lines: string[], start: number, belongs: (line: string) => boolean): number {
  let end = start + 1;
  let lastKept = start;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    if (line.trim() === '') {
      end += 1;
      continue;
    }
    if (!belongs(line)) break;
    lastKept = end;
    end += 1;
  }
  return lastKept + 1;
}

export function removeTailBlocks(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (LIST_HEADING.test(line)) {
      index = blockEnd(lines, index, looksLikeListItem);
      continue;
    }
    if (COMMENT_HEADING.test(line) && line.length <= 40) {
      index = blockEnd(lines, index, (next) => !isProseLine(next) || COMMENT_HEADING.test(next));
      continue;
    }
    if (DISCLAIMER_HEADING.test(line) && (DISCLAIMER_WORDING.test(line) || line.trim().length <= 8)) {
      index = blockEnd(lines, index, (next) => DISCLAIMER_WORDING.test(next) && !/^\s*(?:一|二|三|四|五)、/.test(next));
      continue;
    }
    kept.push(line);
    index += 1;
  }
  return kept.join('\n');
}
