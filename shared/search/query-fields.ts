import { KIND_LABELS, type DocumentKind } from '../model/document';

/**
 * The field names and kind values of the query language, shared by the engine's parser and the
 * window's search box: staff write 类型:典型案例 地区:温州 年度:2023; scripts and older saved
 * searches write kind:case region:温州 year:2023. Both read the same.
 */

export type FilterField = 'kind' | 'tag' | 'region' | 'issuer' | 'year' | 'date' | 'collection';

/** How a filter is written when the app writes one (a facet click): the Chinese name staff use. */
export const FIELD_LABELS: Record<FilterField, string> = {
  kind: '类型',
  region: '地区',
  year: '年度',
  tag: '标签',
  issuer: '发文机关',
  date: '日期',
  collection: '专辑',
};

/** Every name the parser reads for a field (Chinese, traditional forms and English), lower case. */
const FIELD_NAMES: Record<string, FilterField> = {
  kind: 'kind', type: 'kind', 类型: 'kind', 类别: 'kind', 種類: 'kind', 類型: 'kind',
  tag: 'tag', tags: 'tag', 标签: 'tag', 標籤: 'tag',
  region: 'region', 地区: 'region', 地區: 'region',
  issuer: 'issuer', 发文机关: 'issuer', 發文機關: 'issuer', 机关: 'issuer',
  year: 'year', 年度: 'year', 年份: 'year',
  date: 'date', 日期: 'date', 发布日期: 'date',
  collection: 'collection', 专辑: 'collection', 專輯: 'collection',
};

/** Every value the parser reads as a kind: the labels shown in the app, short forms and English. */
const KIND_NAMES: Record<string, DocumentKind> = {
  policy: 'policy', 政策文件: 'policy', 政策: 'policy', 文件: 'policy',
  case: 'case', 典型案例: 'case', 案例: 'case',
  practice: 'practice', 支部做法: 'practice', 做法: 'practice',
  news: 'news', 新闻报道: 'news', 新闻: 'news', 报道: 'news', 新聞: 'news',
};

/** The field a name stands for (类型, 類型, kind, KIND…), or undefined for a name the language does not have. */
export function fieldNamed(name: string): FilterField | undefined {
  const key = name.normalize('NFKC').toLowerCase();
  return Object.prototype.hasOwnProperty.call(FIELD_NAMES, key) ? FIELD_NAMES[key] : undefined;
}

/** The kind a value stands for (典型案例, 案例, case…), or undefined. */
export function kindNamed(value: string): DocumentKind | undefined {
  const key = value.normalize('NFKC').trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(KIND_NAMES, key) ? KIND_NAMES[key] : undefined;
}

/** The names listed when a query uses one the language does not have. */
export const KNOWN_FIELDS_HINT = `${Object.values(FIELD_LABELS).join('、')}（也可写 kind、region、year、tag、issuer、date、collection）`;

/** The kind values listed when a query names a kind that does not exist. */
export const KNOWN_KINDS_HINT = Object.values(KIND_LABELS).join('、');
