import { DATE_SOURCE } from './dates';
import { headLines, tailLines } from './text-lines';

const SOURCE_LABEL = String.raw`(?:信息来源|文章来源|稿件来源|新闻来源|内容来源|来\s*源|來\s*源|信息來源|文章來源|出\s*处)`;
const AUTHOR_LABEL = String.raw`(?:作\s*者|撰\s*稿|撰稿人|记\s*者|記\s*者|供\s*稿)`;
/** Where a value ends: the next label, a date, a wide gap or a separator. */
const VALUE_END = String.raw`(?=\s*(?:${SOURCE_LABEL}|${AUTHOR_LABEL}|发布|發布|发表|日\s*期|时\s*间|浏览|瀏覽|点击|點擊|阅读|閱讀|字\s*号|编\s*辑|責任編輯|责任编辑|审\s*核|摄\s*影|通讯员|通訊員|${DATE_SOURCE})|[ \t\u00a0]{2,}|\u3000|[|｜【】\]）)]|$)`;

function clean(value: string | undefined): string | null {
  if (!value) return null;
  let result = value.trim().replace(/[，,;；。.、]+$/, '');
  // A name padded to three characters in official layout ("李 帅") is one name.
  if (/^\p{Script=Han}\s\p{Script=Han}{1,2}$/u.test(result)) result = result.replace(/\s/, '');
  if (result.length < 2 || result.length > 40) return null;
  if (/^[\d\s:：\-/.]+$/.test(result) || /[。！？]/.test(result)) return null;
  return result;
}

function labelledValue(area: string, label: string): string | null {
  const pattern = new RegExp(`${label}\\s*[:：]\\s*([^\\n]+?)${VALUE_END}`, 'gmu');
  for (let match = pattern.exec(area); match; match = pattern.exec(area)) {
    const value = clean(match[1]);
    if (value) return value;
  }
  return null;
}

function searchArea(text: string, headerText: string): string {
  return [...headLines(headerText, 12), ...headLines(text, 12), ...tailLines(text, 4)].join('\n');
}

/** A newspaper's masthead line: “温州日报 2024年03月18日 第00005版：要闻”, “《中国建设报》 2023-06-02 03版”. */
const MASTHEAD = new RegExp(
  String.raw`^\s*《?(\p{Script=Han}{2,12}?(?:日报|日報|晚报|晚報|早报|晨报|商报|时报|時報|都市报|周报|报|報))》?[\s,，]*(?=.*(?:第\s*[A-Z]?\d+\s*版|\d{2,5}\s*版|版次|${DATE_SOURCE}))`,
  'u',
);

function mastheadSource(text: string, headerText: string): string | null {
  for (const line of [...headLines(headerText, 4), ...headLines(text, 4)]) {
    // A masthead is a short line of its own, not a sentence that cites a paper.
    if (line.length > 50 || /[。，！？]/.test(line)) continue;
    const outlet = clean(MASTHEAD.exec(line)?.[1]);
    if (outlet) return outlet;
  }
  return null;
}

/**
 * 来源 / 信息来源, also with stray spaces ("来 源:工程部") and in the closing "（来源：…）"; else the
 * newspaper named on a masthead line with its date and page.
 */
export function extractSource(text: string, headerText = ''): string | null {
  return labelledValue(searchArea(text, headerText), SOURCE_LABEL) ?? mastheadSource(text, headerText);
}

const REPORTER = /(?:本报|本網|本网|本台)?(?:记者|記者)\s*[:：]?\s*(\p{Script=Han}{2,4}(?:[、\s]\p{Script=Han}{2,4})*?)(?=\s*(?:通讯员|通訊員|报道|報道|摄|[）)\s]|$))/u;

/** 作者 from a labelled line, else the reporter named in a news lead ("本报记者 张三"). */
export function extractAuthor(text: string, headerText = ''): string | null {
  const area = searchArea(text, headerText);
  const labelled = labelledValue(area, AUTHOR_LABEL);
  if (labelled) return labelled;
  const reporter = REPORTER.exec(area.slice(0, 1500));
  return clean(reporter?.[1]?.replace(/\s+/g, '、'));
}
