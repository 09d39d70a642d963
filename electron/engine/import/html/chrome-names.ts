import { classList, parentElement, type HElement } from './html-dom';

/**
 * What the page names as chrome: navigation, header, footer, share bars, comments, related lists,
 * pagers… by tag, ARIA role, or the words of its class and id.
 */

/**
 * Class/id words for navigation, header, footer, share bars, comments, related lists, pagers… Not
 * "ft": 数字报 templates name the subtitle (副题) "ft" beside "yt" (引题) and "bt" (标题).
 */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'navi', 'menu', 'menus', 'menubar', 'mainnav', 'subnav', 'topnav', 'sitenav', 'footnav', 'breadnav', 'crumbnav',
  'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'bread', 'position', 'location', 'loc', 'pos', 'weizhi', 'dqwz',
  'header', 'head', 'hd', 'top', 'topbar', 'banner', 'footer', 'foot', 'bottom', 'copyright', 'copyinfo', 'banquan',
  'share', 'bdshare', 'sharebar', 'sharebox', 'comment', 'comments', 'cmt', 'discuss', 'reply',
  'related', 'relate', 'relates', 'xgxw', 'xgwz', 'xgyd', 'recommend', 'hotnews', 'ranking',
  'sidebar', 'side', 'sider', 'aside', 'toolbar', 'tools', 'tool', 'print', 'fontsize', 'zihao',
  'pager', 'pagination', 'paging', 'prevnext', 'prenext', 'fanye', 'pagebtn', 'gotop', 'backtop', 'totop',
  'search', 'searchbar', 'login', 'logo', 'qrcode', 'qr', 'erweima', 'ewm', 'friendlink', 'yqlj', 'ad', 'ads', 'advert',
  'btn', 'dialog', 'toast', 'popup', 'modal',
]);
/** Parts of run-together names ("bdsharebuttonbox", "site-breadcrumbnav", "footerwrap"). */
const CHROME_PARTS = /share|breadcrumb|crumb|copyright|footer|comment|sidebar|toolbar|pagination|qrcode|erweima|friendlink|weizhi|dqwz|jiathis/;
/** A header word beside an article word names the article's own header ("content-header", "article-head"). */
const HEADER_WORDS = new Set(['header', 'head', 'hd', 'top', 'banner']);
const ARTICLE_WORDS = new Set(['article', 'art', 'arti', 'content', 'con', 'cont', 'detail', 'details', 'news', 'post', 'entry', 'text', 'txt', 'doc', 'story', 'zw', 'wz', 'xl', 'xq']);
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'HEADER', 'FOOTER']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

function nameWords(element: HElement): string[] {
  const names = `${classList(element).join(' ')} ${element.getAttribute('id') ?? ''}`;
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-.]+/)
    .filter(Boolean);
}

export function namedChrome(element: HElement): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML') return false;
  const role = element.getAttribute('role')?.toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  const words = nameWords(element);
  const articleWord = words.some((word) => ARTICLE_WORDS.has(word));
  if (words.some((word) => (CHROME_WORDS.has(word) && !(articleWord && HEADER_WORDS.has(word))) || CHROME_PARTS.test(word))) return true;
  if (!CHROME_TAGS.has(tag)) return false;
  if (tag === 'HEADER' || tag === 'FOOTER') {
    // An HTML5 article's own <header>/<footer>.
    for (let ancestor = parentElement(element); ancestor; ancestor = parentElement(ancestor)) {
      const name = ancestor.tagName.toUpperCase();
      if (name === 'ARTICLE' || name === 'MAIN') return false;
    }
  }
  return true;
}
