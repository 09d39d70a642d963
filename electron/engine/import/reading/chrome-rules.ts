/**
 * Site chrome a reader recognises on a line of its own: navigation, counters, share and print
 * buttons, footers, comment widgets, app prompts. Each rule has an id (stored with what it removed)
 * and the zh-CN name the reader's 查看清理掉的内容 shows. Patterns describe kinds of chrome in
 * simplified and traditional forms, not the wording of any one site. A rule says what a line is;
 * whether it goes is decided by where the line sits (reading/article-block.ts).
 */

export interface ChromeRule {
  id: string;
  label: string;
  test: (line: string) => boolean;
}

const BREADCRUMB_LABEL = /^\s*(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|你当前的位置|您当前位置|当前的位置|当前所在位置|所在位置|当前页面|當前位置|您現在的位置|您當前的位置|目前位置|位置)\s*[:：]/;
const BREADCRUMB_TRAIL = /^\s*(?:网站首页|首页|主页|首頁|網站首頁|Home)\s*(?:>|&gt;|»|›|→|\/|＞|－|-|＜|>>)\s*\S/i;
/**
 * A trail that starts at the site's or the column's name instead of 首页 ("某市住房和城乡建设局 > 工作动态",
 * "党建动态 >> 正文"): short names joined by arrows, no sentence in it. A headline never holds ">".
 */
const BREADCRUMB_PATH = /^\s*[^\s>»›＞。，；！？:：“”]{2,30}(?:\s*(?:>>?|&gt;|»|›|＞)\s*[^>»›＞。，；！？:：]{1,40}){1,6}\s*$/;
const FOOTER =
  /produced\s+by\b|powered\s+by\b|版权所有|版權所有|copyright|©|ICP\s*[备備証证]|公网安备|公網安備|网站标识码|網站標識碼|技术支持\s*[:：]|技術支持\s*[:：]|网站地图|網站地圖|建议使用.{0,20}浏览器|分辨率.{0,10}浏览|^\s*(?:主办单位|主辦單位|主办|承办单位|承办|主管单位)\s*[:：]|^\s*[\u4e00-\u9fff]{2,30}(?:办公室|辦公室|政府|局|委员会|中心|网|網|报社|報社)\s*(?:主办|主辦)\s*$|^\s*(?:地址|联系电话|邮编|電話|聯繫電話)\s*[:：].{0,40}(?:邮编|电话|傳真|传真)|未经授权禁止|不得转载|All\s+Rights\s+Reserved/i;
const SHARE =
  /^\s*[【[]?\s*(?:分享到|分享至|分享\s*[:：]|轉發到|转发到|扫一扫|掃一掃|微信扫一扫|用手机扫|手机扫描|在手机上打开|收藏本页|加入收藏|设为首页|扫描二维码|扫码(?:阅读|查看)|一键分享)/;
const SHARE_ROW = /^\s*(?:分享|微信|朋友圈|QQ(?:好友|空间)?|新浪微博|微博|腾讯微博|人人网|豆瓣|复制链接|收藏)(?:\s*[|｜·、,，]?\s*(?:分享|微信|朋友圈|QQ(?:好友|空间)?|新浪微博|微博|腾讯微博|人人网|豆瓣|复制链接|收藏))+\s*$/;
const PREV_NEXT = /^\s*(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上篇|下篇|上一篇文章|下一篇文章)\s*[:：]?/;
const WECHAT_PROMPT =
  /^\s*[↑▲☝]*\s*(?:(?:点击|點擊|戳)\s*(?:上方|下方|上面|下面)?\s*(?:蓝字|藍字|[“"][^”"]{1,20}[”"]|\S{0,12})\s*(?:一键)?(?:关注|關注)|(?:长按|長按|扫码|掃碼|扫描|掃描)\S{0,12}(?:关注|關注|识别)|点个?\s*[“"]?在看|(?:微信)?扫一扫\s*关注该公众号|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|喜欢此内容的人还喜欢|阅读原文|写留言|留言\s*\d*\s*$|在看\s*\d*\s*$|赞\s*\d*\s*$|微信号\s*[:：]|功能介绍\s*[:：]|公众号\s*$|关注我们|收录于(?:合集|话题)|#[^#\s]{1,20}\s*\d*\s*个?\s*$)/;
const WECHAT_REACTIONS = /^\s*(?:分享|收藏|点赞|在看|赞|写留言|留言|赞赏|喜欢作者|阅读)\s*\d*(?:\s+(?:分享|收藏|点赞|在看|赞|写留言|留言|赞赏|喜欢作者|阅读)\s*\d*)+\s*$/;
const EDITOR_CREDITS = /^\s*[（(]?\s*(?:编辑|編輯|责编|責編|责任编辑|責任編輯|审核|審核|校对|校對|签发|值班编辑|美编|排版|终审|初审|复审|统筹|监制|编审)\s*[:：|｜丨]\s*\S/;
const END_MARKER = /^\s*[-—–_=·•\s]*(?:END|End|end|完|全文完|（完）|\(完\))[-—–_=·•\s]*$/;
const LONE_CONTROL =
  /^\s*(?:[【[]?\s*(?:打印本页|打印此页|打印文章|打印|列印|关闭窗口|关闭本页|关闭|關閉|返回顶部|返回首页|返回列表|返回|收藏|纠错|我要纠错|(?:点击)?查看(?:更多|详情|原文)|更多\s*>>|阅读原文|保存|下载附件|TOP)\s*[】\]]?\s*[|｜]?\s*)+$/i;
const FONT_SIZE = /^\s*[【[]?\s*字\s*[号號体體]\s*[:：]?\s*[[【(（]?\s*[大中小]/;
const COUNTER = /^\s*(?:浏览次数|浏览量|浏览|点击数|点击量|点击率|点击|阅读量|阅读次数|阅读数|阅读|访问量|访问次数|瀏覽次數|瀏覽|點擊數|點擊|閱讀量|閱讀數|閱讀|人气)\s*[:：]?\s*\d*\s*次?\s*$/;
const COMMENT =
  /^\s*[【[]?\s*(?:发表评论|网友评论|我要评论|评论区|最新评论|热门评论|全部评论|评论列表|用户评论|發表評論|網友評論|我要評論|已有\s*\d+\s*条评论|共\s*\d+\s*条评论|共\s*\d+\s*條評論|还没有评论|還沒有評論|暂无评论|快来抢沙发|抢沙发|登录后(?:才能)?(?:发表)?评论|请登录|登录\s*[|｜]\s*注册|个人中心|私信|回复\s*\(?\d*\)?\s*$|\d+\s*条回复|评论\s*\(?\d+\)?\s*$|说两句|文明上网|理性发言)/;
const NOT_FOUND = /^\s*(?:404\s*(?:Not\s*Found|错误|页面不存在)?|(?:nginx|apache|openresty|tengine|microsoft-iis)(?:\/[\d.]+)?|Not\s*Found|页面不存在|您访问的页面不存在|找不到页面|网页无法访问|The requested URL .* was not found)\s*[.!。！]?\s*$/i;
const IMAGE_NAME = /^\s*(?:[\w\-.（）()\u4e00-\u9fff]{1,60}\.(?:jpe?g|png|gif|bmp|webp|tiff?))\s*$/i;
/** "附件下载：" and the attached files as links: the document's own 附件 lines name no file type. */
const ATTACHMENT_DOWNLOAD = /^\s*[【[]?\s*(?:附件下载|相关附件下载|下载附件|相关下载|附件列表)\s*[】\]]?\s*[:：]?\s*$/;
const ATTACHED_FILE = /^\s*(?:附件\s*\d*\s*[:：.、]?\s*)?[^\s，。；]{1,80}\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|7z|ofd|pptx?)\s*(?:[（(]\s*\d+(?:\.\d+)?\s*[KMG]?B\s*[)）])?\s*$/i;
const APP_LINK = /^\s*(?:下载(?:客户端|APP|app)|手机版|客户端下载|APP下载|打开APP|打开客户端|在APP中打开|掌上\S{1,6}客户端|无障碍浏览|长者模式|English\s*$|繁體|简体\s*[|｜]\s*繁|打开\S{1,10}(?:客户端|APP|app)|扫码下载\S{0,8}(?:客户端|APP|app))/;
const EPAPER_NAV =
  /^\s*(?:[【[]?\s*(?:上一版|下一版|上一期|下一期|版面导航|标题导航|版面目录|本版标题|往期回顾|往期报纸|放大|缩小|默认大小|PDF\s*版|PDF下载|返回目录|报纸首页|数字报首页|电子版首页|过往期刊|日期检索|本期目录)\s*[】\]]?\s*[|｜>»<«·]?\s*)+$/i;
const DISCLAIMER_HEAD = /^\s*(?:(?:举报|舉報|投诉|纠错)\s*)?[【[]?\s*(?:免责声明|免責聲明|特别声明|特別聲明|版权声明|版權聲明|法律声明|声明)\s*[】\]]?\s*[:：]?/;
const DISCLAIMER_WORDING = /本网|本站|本網|转载|轉載|版权|版權|侵权|侵權|不代表|观点|觀點|删除|刪除|联系我们|聯繫我們|来源于网络|仅供参考|僅供參考|联系邮箱|电子邮箱|E-?mail/i;
/** A platform's disclaimer with no heading: "本文仅代表作者个人观点，不代表本平台立场，如有侵权请联系删除。" */
const PLATFORM_DISCLAIMER = /仅代表作者(?:个人|本人)?(?:的)?观点.{0,6}不代表本(?:平台|站|网|号|公众号)(?:的)?(?:立场|观点)/;
const RELATED_HEAD =
  /^\s*[【[]?\s*(?:相关阅读|相关新闻|相关文章|相关链接|相关信息|相关报道|相关解读|延伸阅读|推荐阅读|往期推荐|往期回顾|往期精彩|精彩回顾|往期精选|热点推荐|热门文章|热门推荐|热点新闻|猜你喜欢|精彩推荐|最新文章|更多新闻|最新动态|点击排行|热门排行|相關閱讀|相關新聞|相關文章|相關報道|延伸閱讀|推薦閱讀|熱門文章)\s*[】\]]?\s*[:：>»]?\s*(?:更多\s*[>»]*)?\s*$/;
/** "相关链接" or "友情链接" with its links run onto the same line ("相关链接某省住房和城乡建设厅 某市住房和城乡建设局"). */
const LINKS_ROW = /^\s*[【[]?\s*(?:相关链接|友情链接|相關鏈接|友情鏈接)\s*[】\]]?\s*[:：>»]?\s*[^。！？，]{0,120}$/;
const SPAM_WORDS =
  /博彩|娱乐城|娛樂城|娱乐场|赌场|賭場|赌博|百家乐|百家樂|六合彩|时时彩|時時彩|老虎机|老虎機|体育投注|體育投注|真人视讯|真人視訊|彩金|棋牌游戏|棋牌遊戲|开户送|開戶送|注册送|註冊送|代孕|办证|辦證|代开发票|代開發票|威尼斯人|新葡京|葡京|太阳城|太陽城|网赌|網賭|下注|返水|首存送|加微信|加VX|加V信/i;
const LINK = /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|net|cc|vip|top|xyz|app|bet|info)\b/i;
/** The bar over a site: today's date with the weekday, a welcome ("2024年11月20日 星期三 欢迎访问某某网站"). */
const TODAY = /^\s*(?:今天是|今天|今日)\s*[:：]?\s*\d{4}\s*年|^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]\s*(?:欢迎\S{0,40})?$|^\s*(?:天气|氣溫|气温)\s*[:：]|^\s*欢迎(?:您)?(?:访问|光临|来到|進入|进入)[^，。；！？]{2,30}(?:网站|网|門戶|门户|平台)[!！]?\s*$/;
const LOGIN = /^\s*(?:登录|登錄|注册|註冊|退出|会员中心|用户中心|个人中心)(?:\s*[|｜/]\s*(?:登录|登錄|注册|註冊|退出|会员中心|用户中心|个人中心|找回密码))*\s*$/;
/** The search box, as one word or as its prompt and button copied together ("请输入关键字  搜索"). */
const SEARCH_BOX = /^\s*(?:(?:站内搜索|全站搜索|搜索|请输入关键字|请输入关键词|请输入搜索内容|请输入检索词|高级搜索|检索)\s*)+(?:[|｜]\s*\S{0,6})?\s*$/;

/** A page number left in text copied from a PDF or Word file: "— 3 —", "- 3 -", "·3·", "第3页 共10页". */
const PAGE_FOLIO = /^\s*(?:[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}|[·•]\s*\d{1,4}\s*[·•]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页)\s*$/;

export function isPageFolio(line: string): boolean {
  return PAGE_FOLIO.test(line);
}

/** An editor's note left in a submission: "（此处插入现场照片2张）", "【图片】". */
const PLACEHOLDER = /^\s*[（(【[]\s*(?:此处|这里)?\s*(?:插入|附|放置|配)?\s*(?:现场|活动)?(?:照片|图片|图)\S{0,8}[）)】\]]\s*$/;

/** A column's note over each article of a series: "编者按：…推出“红色工地”典型案例系列报道，敬请关注。" */
const SERIES_NOTE = /^\s*[【[]?\s*编者按\s*[】\]]?\s*[:：].{0,160}(?:系列|专栏|栏目).{0,80}(?:敬请关注|欢迎关注|敬请期待)/;

const NAV_TOKEN = /^[\p{Script=Han}A-Za-z]{2,8}$/u;

/** 首页 | 新闻动态 | 政策法规 | … or • items: a menu on one line. */
export function isNavigationBar(line: string): boolean {
  if (/记者|記者|通讯员|通訊員|撰稿|摄影/.test(line)) return false;
  const tokens = line.split(/[\s|｜·•/>»]+/).filter(Boolean);
  return tokens.length >= 4 && tokens.every((token) => NAV_TOKEN.test(token)) && line.length <= 120 && !/[，。；：“”]/.test(line);
}

const SPAM_WORD_ALL = new RegExp(SPAM_WORDS.source, 'gi');

/** A line marked as an advert where it stands ("【广告】建材直采…", "[推广]…", "（赞助）…"). */
const ADVERT_MARK = /^\s*[【[（(]\s*(?:广告|廣告|推广|推廣|赞助|贊助|商业推广|商業推廣|AD|Ad)\s*[】\]）)]/;

export function isSpamLine(line: string): boolean {
  const trimmed = line.trim();
  if (ADVERT_MARK.test(trimmed)) return true;
  if (LINK.test(trimmed) && trimmed.length <= 80 && !/[。]/.test(trimmed)) return true;
  if (!SPAM_WORDS.test(trimmed)) return false;
  // One such word inside a sentence of clauses ("为工人代缴社保、代办证件，累计办理事项210件。") is the text's own
  // word; an advert piles them up ("…娱乐城开户送彩金，加微信…") or is no sentence at all.
  const sentence = /[。！？][”’」』）)]*$/.test(trimmed) && /[，、；]/.test(trimmed);
  return !sentence || new Set(trimmed.match(SPAM_WORD_ALL)?.map((word) => word.toLowerCase())).size >= 2;
}

/** What marks a footer for certain, whatever else the line says: rights, 备案 numbers, the site's code. */
const FOOTER_MARK = /版权|版權|copyright|©|ICP|公网安备|公網安備|网站标识码|網站標識碼|Rights\s+Reserved|produced\s+by|powered\s+by/i;

/**
 * "主办单位：县住建局、县总工会。", "技术支持：某中心提供现场指导。": a footer's label opening a sentence of the text (an
 * event's organisers, who helped): a footer names its bodies and ends with no stop.
 */
function isLabelledSentence(line: string): boolean {
  return /[。！？][”’」』）)]*$/.test(line.trim()) && !FOOTER_MARK.test(line);
}

/**
 * "审核：各县住建局负责对申报材料进行审核，并择优推荐。": a step of a procedure the text sets out, named like an editor's
 * credit; a credit names people and ends with no stop.
 */
function isStepSentence(line: string): boolean {
  return /[。！？；][”’」』）)]*$/.test(line.trim()) && (line.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 12;
}

/** "所在位置：项目位于某路与某路交叉口，…。": a place the text states after the label, a sentence with no trail's arrows. */
function isLabelledStatement(line: string): boolean {
  return isStepSentence(line) && !/>|&gt;|»|›|＞|→/.test(line);
}

const rule = (id: string, label: string, test: (line: string) => boolean): ChromeRule => ({ id, label, test });

/** The rules, most specific first; `chromeRuleOf` answers the first that matches. */
export const CHROME_RULES: readonly ChromeRule[] = [
  rule('breadcrumb', '位置导航（当前位置、首页 >）', (line) => (BREADCRUMB_LABEL.test(line) && !isLabelledStatement(line)) || BREADCRUMB_TRAIL.test(line) || (line.length <= 120 && BREADCRUMB_PATH.test(line))),
  rule('footer', '网站页脚（版权、备案号、主办单位）', (line) => FOOTER.test(line) && !isLabelledSentence(line)),
  rule('share', '分享、收藏、扫码', (line) => SHARE.test(line) || SHARE_ROW.test(line)),
  rule('prev-next', '上一篇、下一篇', (line) => PREV_NEXT.test(line)),
  rule('controls', '打印、关闭、返回等按钮', (line) => LONE_CONTROL.test(line)),
  rule('font-size', '字号切换', (line) => FONT_SIZE.test(line)),
  rule('counter', '浏览次数', (line) => COUNTER.test(line)),
  rule('comments', '评论区', (line) => COMMENT.test(line)),
  rule('wechat', '公众号按钮与提示', (line) => line.length <= 40 && (WECHAT_PROMPT.test(line) || WECHAT_REACTIONS.test(line))),
  rule('editor-credits', '编辑、审核署名', (line) => line.length <= 60 && EDITOR_CREDITS.test(line) && !isStepSentence(line)),
  rule('end-marker', '文末标记（END、完）', (line) => END_MARKER.test(line)),
  rule('not-found', '页面错误（404 Not Found）', (line) => NOT_FOUND.test(line)),
  rule('image-name', '图片文件名', (line) => IMAGE_NAME.test(line)),
  rule('attachment-link', '附件下载链接', (line) => ATTACHMENT_DOWNLOAD.test(line) || ATTACHED_FILE.test(line)),
  rule('app-link', '客户端、无障碍等入口', (line) => line.length <= 40 && APP_LINK.test(line)),
  rule('epaper-nav', '数字报导航（上一版、版面导航）', (line) => EPAPER_NAV.test(line)),
  rule('related', '相关文章列表', (line) => RELATED_HEAD.test(line) || LINKS_ROW.test(line)),
  rule('disclaimer', '免责、版权声明', (line) => (DISCLAIMER_HEAD.test(line) && (DISCLAIMER_WORDING.test(line) || line.trim().length <= 8)) || (line.length <= 100 && PLATFORM_DISCLAIMER.test(line))),
  rule('spam', '插入的广告或垃圾信息', (line) => line.length <= 120 && isSpamLine(line)),
  rule('today', '日期与天气栏', (line) => TODAY.test(line) && !isStepSentence(line)),
  rule('login', '登录、注册', (line) => LOGIN.test(line)),
  rule('search-box', '站内搜索框', (line) => SEARCH_BOX.test(line)),
  rule('navigation', '网站导航栏', (line) => isNavigationBar(line)),
  rule('page-number', '页码', (line) => isPageFolio(line)),
  rule('series-note', '系列报道的编者按（敬请关注）', (line) => line.length <= 260 && SERIES_NOTE.test(line)),
  rule('placeholder', '编辑留下的占位说明（此处插入照片）', (line) => PLACEHOLDER.test(line)),
];

/**
 * A breadcrumb with the page's title glued to its last crumb, as copying a page often leaves it:
 * "当前位置：首页 > 部门动态 > 区住建局杭州市余杭区住房和城乡建设局关于…的通知". Split into the
 * trail and the title, at the first place name (…省/…市) of the last crumb.
 */
export function splitGluedBreadcrumb(line: string): [string, string] | null {
  if (!(BREADCRUMB_LABEL.test(line) || BREADCRUMB_TRAIL.test(line))) return null;
  const separator = /\s*(?:>|&gt;|»|›|→|＞|>>)\s*/g;
  let lastEnd = -1;
  for (let match = separator.exec(line); match; match = separator.exec(line)) lastEnd = match.index + match[0].length;
  if (lastEnd < 0) return null;
  const crumb = line.slice(lastEnd);
  if (crumb.length <= 16) return null;
  // The crumb is a column's name: it ends at the first 局/委/办/动态/公告… with a title's length after it.
  const end = /^.{1,10}?(?:局|委|办|处|室|中心|动态|要闻|公告|文件|信息|新闻|栏目|专题|专栏)(?=[\p{Script=Han}“《]{10})/u.exec(crumb);
  const at = end ? end[0].length : crumb.indexOf('关于') > 1 ? crumb.indexOf('关于') : -1;
  if (at < 1) return null;
  return [line.slice(0, lastEnd + at), crumb.slice(at)];
}

/** Lines of prose are never chrome as a whole, whatever words they hold. */
function isProse(line: string): boolean {
  return line.length > 80 && /[。！？]/.test(line) && !FOOTER.test(line.slice(0, 40)) && !SERIES_NOTE.test(line);
}

export function chromeRuleOf(line: string): ChromeRule | null {
  if (isProse(line)) return null;
  return CHROME_RULES.find((candidate) => candidate.test(line)) ?? null;
}

/** A related-article list, comment thread or disclaimer continues on these lines after its heading. */
export function continuesTailBlock(ruleId: string, line: string): boolean {
  const trimmed = line.trim();
  if (ruleId === 'related') return trimmed.length <= 70 && !/[。！？]$/.test(trimmed);
  if (ruleId === 'comments') return trimmed.length <= 60 || COMMENT.test(trimmed);
  if (ruleId === 'disclaimer') return DISCLAIMER_WORDING.test(trimmed) && !/^\s*(?:一|二|三|四|五)、/.test(trimmed);
  return false;
}

/** zh-CN names of the rules the readers apply beyond chrome, for 查看清理掉的内容. */
export const STRUCTURE_RULE_LABELS: Readonly<Record<string, string>> = {
  'outside-article': '正文之外的网页内容',
  'site-name': '网站名称',
  'page-title': '网页标题栏（标题_网站名）',
  'submission-form': '申报表、推荐表的表格（案例名称、申报单位等已读入资料信息）',
  'info-line': '信息栏（来源、发布时间等，已读入资料信息）',
  'repeated-title': '正文中重复的标题',
  'repeated-body': '重复的正文',
  'gongwen-header': '公文版头（发文机关标志、发文字号、签发人）',
  'gongwen-footer': '公文版记（抄送、印发机关和日期）',
  'news-frame': '报纸版面信息（报头、版次）',
  'bulletin-frame': '简报报头（刊名、期号、编印单位和日期）',
  'bulletin-distribution': '简报报送范围（报、送、发）',
  'page-furniture': '页眉页脚（每页重复的标题、编辑署名）',
  'press-release': '新闻稿抬头与联系人',
  caption: '图片说明',
  'kicker': '引题（标题上方）',
  'subtitle': '副题',
  'original-title': '原标题',
  'form-label': '申报表格式说明',
  pinyin: '拼音注音',
  'spam-token': '插入正文的广告词',
  mojibake: '乱码',
};

export function ruleLabel(id: string): string {
  return CHROME_RULES.find((candidate) => candidate.id === id)?.label ?? STRUCTURE_RULE_LABELS[id] ?? id;
}
