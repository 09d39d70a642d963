/**
 * Site chrome that sits on lines of its own or inside the info bar of a saved web page. Patterns
 * describe kinds of chrome (breadcrumbs, counters, print links, footers), in simplified and
 * traditional forms, not the wording of any one site.
 */

const BREADCRUMB_LABEL = /^\s*(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|当前页面|當前位置|您現在的位置|目前位置)\s*[:：]/;
const BREADCRUMB_TRAIL = /^\s*(?:网站首页|首页|主页|首頁|網站首頁|Home)\s*(?:>|&gt;|»|›|→|\/|＞|－|-)\s*\S/i;
const FOOTER =
  /produced\s+by\b|powered\s+by\b|版权所有|版權所有|copyright|©|ICP\s*[备備証证]|公网安备|公網安備|网站标识码|網站標識碼|技术支持\s*[:：]|技術支持\s*[:：]|网站地图|網站地圖|建议使用.{0,20}浏览器|分辨率.{0,10}浏览|主办单位\s*[:：].{0,40}(承办|地址|电话)/i;
const SHARE = /^\s*(?:分享到|分享至|分享\s*[:：]|轉發到|扫一扫|掃一掃|微信扫一扫|用手机扫|手机扫描|在手机上打开|收藏本页|加入收藏|设为首页)/;
const PREV_NEXT = /^\s*(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上篇|下篇)(?:文章)?\s*[:：]?/;
/** WeChat (公众号) articles copied or saved whole: follow prompts, reaction bars and end markers. */
const WECHAT_PROMPT =
  /^\s*[↑▲☝]*\s*(?:(?:点击|點擊|戳)\s*(?:上方|下方|上面|下面)?\s*(?:蓝字|藍字|[“"][^”"]{1,20}[”"]|\S{0,12})\s*(?:一键)?(?:关注|關注)|(?:长按|長按|扫码|掃碼|扫描|掃描)\S{0,12}(?:关注|關注)|点个?\s*[“"]?在看|(?:微信)?扫一扫\s*关注该公众号|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|喜欢此内容的人还喜欢)/;
const WECHAT_REACTIONS = /^\s*(?:分享|收藏|点赞|在看|赞|写留言|留言|赞赏|喜欢作者)(?:\s+(?:分享|收藏|点赞|在看|赞|写留言|留言|赞赏|喜欢作者))+\s*$/;
const END_MARKER = /^\s*[-—–_=·•\s]*(?:END|End|end|完|全文完)[-—–_=·•\s]*$/;
const LONE_CONTROL = /^\s*(?:[【[]?\s*(?:打印本页|打印此页|打印|列印|关闭窗口|关闭本页|关闭|關閉|返回顶部|返回首页|返回列表|返回|收藏|纠错|我要纠错|(?:点击)?查看(?:更多|详情|原文)|更多\s*>>|阅读原文)\s*[】\]]?\s*[|｜]?\s*)+$/;

/** Fragments removed from inside a line, keeping what else is on it (the date and source next to 字号). */
const INLINE: RegExp[] = [
  /字\s*[号號体體]\s*[:：]?\s*[[【(（]?\s*大\s*[|｜]?\s*中\s*[|｜]?\s*小\s*[\]】)）]?/g,
  /[【[]\s*(?:打印本页|打印此页|打印文章|打印|列印|关闭窗口|关闭本页|关闭|關閉|收藏|加入收藏|返回顶部|返回|纠错|我要纠错|分享)\s*[】\]]/g,
  /(?:浏览次数|浏览量|浏览|点击数|点击量|点击率|点击|阅读量|阅读次数|阅读数|访问量|访问次数|瀏覽次數|瀏覽|點擊數|點擊|閱讀量|閱讀數|人气)\s*[:：]\s*\d*\s*次?(?=\s|$|[|｜【])/g,
  /[【[]\s*字体\s*[:：]?\s*[\]】]/g,
];

/** A paragraph of prose: chrome patterns are not applied to it as a whole. */
function isProse(line: string): boolean {
  return line.length > 80 && /[。！？]/.test(line) && !FOOTER.test(line.slice(0, 40));
}

function onlySeparators(line: string): boolean {
  return /^[\s|｜/·•\-—_>»【】[\]()（）:：,，.。]*$/.test(line);
}

export function removeChromeLines(text: string): string {
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      kept.push('');
      continue;
    }
    if (!isProse(line)) {
      if (BREADCRUMB_LABEL.test(line) || BREADCRUMB_TRAIL.test(line)) continue;
      if (FOOTER.test(line) || SHARE.test(line) || PREV_NEXT.test(line) || LONE_CONTROL.test(line)) continue;
      if (line.length <= 40 && (WECHAT_PROMPT.test(line) || WECHAT_REACTIONS.test(line) || END_MARKER.test(line))) continue;
    }
    let cleaned = line;
    for (const pattern of INLINE) cleaned = cleaned.replace(pattern, ' ');
    if (cleaned !== line) {
      if (onlySeparators(cleaned)) continue;
      cleaned = cleaned.replace(/[ \t]{2,}/g, ' ').replace(/\s+$/, '');
    }
    kept.push(cleaned);
  }
  return kept.join('\n');
}
