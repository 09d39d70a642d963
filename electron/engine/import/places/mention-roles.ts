/**
 * What a place name's neighbours say about it: the start of a company's name (津南建工) says less about where a
 * story is than a plain mention; the place a case says its project is in (项目位于…) says more.
 */

/** A place name found in a text, left to right. */
export interface NameSpan {
  start: number;
  end: number;
  /** Read as a short name (津南, not 津南区). */
  short: boolean;
}

/**
 * What follows a place's short name that makes it the start of a company's name: 津南建工, 西宁城投, 浙江某某集团,
 * 温州文旅集团有限公司, 湖州南太湖建设有限公司; 温州企业 working somewhere else (温州企业在江山…) too (a branch, 杭州分公司, is
 * where it works and stays a place; 帮助温州企业纾困 is about 温州).
 */
const COMPANY_AFTER = /^(?:建工|城投|城建|交投|建投|国投|置业|地产|控股|实业|企业(?=在|赴|到|进驻)|\p{Script=Han}{0,4}?(?:建设|建筑|工程|建工)?(?<!分)(?:集团|有限公司|股份有限公司))/u;

/** 项目位于, 工程地处, 工地坐落在: what a case says right before where its project is. */
const SITE_BEFORE = /(?:项目|工程|工地)(?:位于|地处|坐落于|坐落在|选址于|落户于?)$/;

/** For each name found, whether it is the last of the places right after SITE_BEFORE (苏州市|吴江区|黎里镇 → 吴江区). */
export function projectSites(text: string, found: readonly NameSpan[]): boolean[] {
  const flags = found.map(() => false);
  for (let i = 0; i < found.length; i++) {
    const first = found[i];
    if (!first || !SITE_BEFORE.test(text.slice(Math.max(0, first.start - 6), first.start))) continue;
    let last = i;
    while (found[last + 1]?.start === found[last]?.end) last++;
    flags[last] = true;
    i = last;
  }
  return flags;
}

/** For each name found, whether it is a short name starting a company's name, or the province before one (青海|西宁城投). */
export function inCompanyNames(text: string, found: readonly NameSpan[]): boolean[] {
  const flags = found.map(() => false);
  for (let i = found.length - 1; i >= 0; i--) {
    const hit = found[i];
    if (!hit?.short) continue;
    const next = found[i + 1];
    flags[i] = COMPANY_AFTER.test(text.slice(hit.end, hit.end + 12)) || (next !== undefined && next.start === hit.end && (flags[i + 1] ?? false));
  }
  return flags;
}
