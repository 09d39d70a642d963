/**
 * 盲评: what a reviewer may not see of a case — its unit names, people's names and the 来源 line. One
 * function used for every place a case is shown to a reviewer (the 评审包 and its offline HTML page,
 * both through review-package-contents.ts), so the rules are the same everywhere.
 */

export interface BlindInput {
  title: string;
  text: string;
  practiceName: string | null;
  project: string | null;
  organization: string | null;
  author: string | null;
  source: string | null;
  issuer: string | null;
}

export interface BlindOutput {
  title: string;
  text: string;
  practiceName: string | null;
  project: string | null;
}

export const UNIT_PLACEHOLDER = '某单位';
export const PERSON_PLACEHOLDER = '某某';

/** A byline, 来源 or contact line: removed whole. */
const CREDIT_LINE =
  /^[\s\u3000]*[（(【[]?\s*(?:信息来源|文章来源|稿件来源|来\s*源|出\s*处|作\s*者|撰\s*稿|撰写人|供\s*稿|文\s*案|记\s*者|通讯员|特约通讯员|见习记者|摄\s*影|图\s*片|编\s*辑|责任编辑|审\s*核|审\s*校|报送单位|申报单位|推荐单位|填报单位|联系人|联系电话|执\s*笔)\s*[：:]/u;
/** （记者 张三 通讯员 李四） run into a paragraph. */
const BYLINE_BRACKET = /[（(]\s*(?:本报)?(?:记者|通讯员|特约通讯员|见习记者|来源|作者)[^（）()]{0,80}[）)]/gu;
const UNIT_SUFFIXES = /(?:股份有限公司|有限责任公司|有限公司|集团公司|公司)$/u;
const ROLE_WORDS = /^(?:本报)?(?:记者|通讯员|特约通讯员|见习记者|作者|撰稿|摄影|编辑|文|\/文|图)$/u;

function splitNames(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(/[、，,；;\s/|]+/u)
    .map((part) => part.replace(/^(?:本报)?(?:记者|通讯员|特约通讯员|见习记者|作者|撰稿|摄影)/u, '').replace(/(?:\/文|文|摄)$/u, '').trim())
    .filter((part) => part.length >= 2 && !ROLE_WORDS.test(part));
}

/** A unit and the shorter ways the text may write it (without 有限公司, without a leading province). */
function unitForms(value: string | null): string[] {
  if (!value) return [];
  const forms = new Set<string>();
  for (const unit of value.split(/[、，,；;\n]+/u).map((part) => part.trim()).filter((part) => part.length >= 2)) {
    forms.add(unit);
    const bare = unit.replace(UNIT_SUFFIXES, '');
    if (bare.length >= 4) forms.add(bare);
    const local = bare.replace(/^.{2,3}?省/u, '').replace(/^(?:浙江|江苏|安徽|福建|江西|上海)/u, '');
    if (local.length >= 4) forms.add(local);
  }
  return [...forms];
}

/** The names to remove from a case: its units (单位, 发文机关, 来源) and people (作者). Longest first. */
export function namesToRemove(input: Pick<BlindInput, 'organization' | 'author' | 'source' | 'issuer'>): { units: string[]; people: string[] } {
  const byLength = (a: string, b: string) => b.length - a.length;
  const units = [...new Set([...unitForms(input.organization), ...unitForms(input.issuer), ...unitForms(input.source)])].sort(byLength);
  const people = [...new Set(splitNames(input.author))].filter((name) => name.length <= 6).sort(byLength);
  return { units, people };
}

function replaceAll(text: string, names: readonly string[], placeholder: string): string {
  let result = text;
  for (const name of names) result = result.split(name).join(placeholder);
  return result;
}

/** Removes credit lines and bracketed bylines, then every unit and person name the case names. */
export function blindText(text: string, names: { units: readonly string[]; people: readonly string[] }): string {
  const lines = text.split('\n').filter((line) => !CREDIT_LINE.test(line));
  const stripped = lines.join('\n').replace(BYLINE_BRACKET, '');
  return replaceAll(replaceAll(stripped, names.units, UNIT_PLACEHOLDER), names.people, PERSON_PLACEHOLDER);
}

/** The case as a 盲评 reviewer sees it. */
export function blindCase(input: BlindInput): BlindOutput {
  const names = namesToRemove(input);
  const blind = (value: string | null) => (value === null ? null : blindText(value, names));
  return { title: blindText(input.title, names), text: blindText(input.text, names), practiceName: blind(input.practiceName), project: blind(input.project) };
}

/** 回避: whether a reviewer's unit is the case's unit (one names the other, ignoring 有限公司 and spaces). */
export function sameUnit(reviewerUnit: string | null, caseUnit: string | null): boolean {
  if (!reviewerUnit || !caseUnit) return false;
  const norm = (value: string) => value.replace(/\s+/gu, '').replace(UNIT_SUFFIXES, '');
  const a = norm(reviewerUnit);
  return caseUnit
    .split(/[、，,；;\n]+/u)
    .map(norm)
    .some((b) => b.length >= 4 && a.length >= 4 && (a.includes(b) || b.includes(a)));
}
