import { z } from 'zod';

/** The four kinds of material staff collect (domain.md). Stored and sent in English, shown in Chinese. */
export const DOCUMENT_KINDS = ['policy', 'case', 'practice', 'news'] as const;

/**
 * The most text one document may hold: far above any real one (a 1,000-page book holds about 1.5
 * million characters). A file or bundle entry that yields more is crafted to exhaust memory.
 */
export const MAX_DOCUMENT_CHARS = 8_000_000;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const KIND_LABELS: Record<DocumentKind, string> = {
  policy: '政策文件',
  case: '典型案例',
  practice: '支部做法',
  news: '新闻报道',
};

export const POLICY_LEVELS = ['national', 'provincial', 'city', 'district'] as const;
export type PolicyLevel = (typeof POLICY_LEVELS)[number];
export const LEVEL_LABELS: Record<PolicyLevel, string> = {
  national: '国家级',
  provincial: '省级',
  city: '市级',
  district: '区县级',
};

export const POLICY_STATUSES = ['in_force', 'superseded'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];
export const STATUS_LABELS: Record<PolicyStatus, string> = {
  in_force: '现行有效',
  superseded: '已废止/被替代',
};

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD that really exists (no 2023-02-30). */
export const isoDateSchema = z.string().refine((value) => {
  if (!isoDatePattern.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}, '日期格式应为 YYYY-MM-DD');

const optionalText = z.string().trim().max(500).nullable();

/**
 * Descriptive fields of a document. Unknown is null, never a guessed value.
 * `date` is the 发布日期 (or 成文日期 for policy documents).
 */
export const documentMetaSchema = z.object({
  title: z.string().trim().min(1, '标题不能为空').max(500),
  kind: z.enum(DOCUMENT_KINDS),
  issuer: optionalText, // 发文机关
  docNumber: optionalText, // 发文字号
  date: isoDateSchema.nullable(), // 发布日期
  effectiveDate: isoDateSchema.nullable(), // 实施日期
  level: z.enum(POLICY_LEVELS).nullable(),
  status: z.enum(POLICY_STATUSES).nullable(),
  source: optionalText, // 来源
  author: optionalText, // 作者
  region: optionalText, // 地区, e.g. 浙江省温州市鹿城区
  year: z.number().int().min(1900).max(2100).nullable(), // 年度
  organization: optionalText, // 单位
  project: optionalText, // 项目
  practiceName: optionalText, // 做法名称
  selection: optionalText, // 入选/荣誉
  url: z.string().trim().max(2000).nullable(),
  // 主送机关 and the attachments a notice names (one title per line).
  addressees: z.string().trim().max(1000).nullable(),
  attachments: z.string().trim().max(2000).nullable(),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type DocumentMetaField = keyof DocumentMeta;
export const DOCUMENT_META_FIELDS = Object.keys(documentMetaSchema.shape) as DocumentMetaField[];

export const FIELD_LABELS: Record<DocumentMetaField, string> = {
  title: '标题',
  kind: '类型',
  issuer: '发文机关',
  docNumber: '发文字号',
  date: '发布日期',
  effectiveDate: '实施日期',
  level: '层级',
  status: '效力状态',
  source: '来源',
  author: '作者',
  region: '地区',
  year: '年度',
  organization: '单位',
  project: '项目',
  practiceName: '做法名称',
  selection: '入选/荣誉',
  url: '网址',
  addressees: '主送机关',
  attachments: '附件',
};

/** Where a metadata value came from, so the UI can show it and a re-import never overwrites the user. */
export type FieldOrigin = 'user' | 'file' | 'text';

export interface OriginalFile {
  fileName: string;
  sha256: string;
  size: number;
  /** Detected or chosen text encoding of the original, when it was text. */
  encoding: string | null;
}

export interface DocumentSummary {
  id: string;
  title: string;
  kind: DocumentKind;
  date: string | null;
  region: string | null;
  source: string | null;
  issuer: string | null;
  docNumber: string | null;
  organization: string | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface DocumentRecord extends DocumentMeta {
  id: string;
  text: string;
  /** Fields import was unsure of (类型待确认, a title made from the first sentence): the reader asks. */
  toConfirm: DocumentMetaField[];
  tags: string[];
  original: OriginalFile | null;
  fieldOrigins: Partial<Record<DocumentMetaField, FieldOrigin>>;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export function emptyMeta(title: string, kind: DocumentKind): DocumentMeta {
  return {
    title,
    kind,
    issuer: null,
    docNumber: null,
    date: null,
    effectiveDate: null,
    level: null,
    status: null,
    source: null,
    author: null,
    region: null,
    year: null,
    organization: null,
    project: null,
    practiceName: null,
    selection: null,
    url: null,
    addressees: null,
    attachments: null,
  };
}
