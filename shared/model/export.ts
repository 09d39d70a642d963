import { z } from 'zod';
import { progressKeySchema } from './progress';

/**
 * Exports (导出): what staff hand on — a Word booklet in official document format, a PDF for
 * printing, HTML or Markdown for web editors, and (H6) a portable bundle. One target (documents, a
 * collection or a draft) is laid out by one format module; see electron/engine/export/.
 */
export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'md', 'bundle'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  docx: 'Word 文档（.docx）',
  pdf: 'PDF 文件（.pdf）',
  html: '网页（.html）',
  md: 'Markdown（.md）',
  bundle: '交换包',
};

/** Layouts shared by Word, PDF and HTML: 公文汇编 (GB/T 9704 booklet), 简洁, 培训讲义. */
export const EXPORT_TEMPLATES = ['official', 'plain', 'handout'] as const;
export type ExportTemplate = (typeof EXPORT_TEMPLATES)[number];

export const EXPORT_TEMPLATE_LABELS: Record<ExportTemplate, string> = {
  official: '公文汇编',
  plain: '简洁',
  handout: '培训讲义',
};

export const EXPORT_TEMPLATE_HINTS: Record<ExportTemplate, string> = {
  official: 'GB/T 9704 公文格式：A4，仿宋_GB2312 三号正文，每页 22 行、每行 28 字，页码“— 1 —”',
  plain: '通用排版：宋体正文，行距宽松，适合阅读和转发',
  handout: '培训用：每篇另起一页，标题醒目，页边留出记笔记的空白',
};

const idSchema = z.string().trim().min(1).max(64);

export const exportTargetSchema = z.union([
  z.object({ documents: z.array(idSchema).min(1, '请至少选择一份资料').max(10_000) }).strict(),
  z.object({ collection: idSchema }).strict(),
  z.object({ draft: idSchema }).strict(),
]);
export type ExportTarget = z.infer<typeof exportTargetSchema>;

const shortText = (max: number, what: string) => z.string().trim().max(max, `${what}最多 ${max} 个字`);

export const exportOptionsSchema = z
  .object({
    /** 封面标题; by default the collection's or draft's name, or the single document's title. */
    title: shortText(200, '标题').optional(),
    subtitle: shortText(200, '副标题').optional(),
    /** 编印单位 on the cover. */
    issuer: shortText(100, '编印单位').optional(),
    /** Date on the cover, written as it should appear (e.g. 2025年3月); default: this month. */
    date: shortText(40, '日期').optional(),
    /** Cover page and table of contents; default on for more than one item. */
    cover: z.boolean().optional(),
    toc: z.boolean().optional(),
    /** The 来源/发文机关 · 发布日期 line under each item's title. */
    metadata: z.boolean().default(true),
    /** Collection commentary (编者按、点评) and a draft's notes. */
    commentary: z.boolean().default(true),
  })
  .strict();
export type ExportOptions = z.input<typeof exportOptionsSchema>;
export type ParsedExportOptions = z.output<typeof exportOptionsSchema>;

export const exportRequestSchema = z
  .object({
    target: exportTargetSchema,
    format: z.enum(EXPORT_FORMATS),
    template: z.enum(EXPORT_TEMPLATES).default('official'),
    options: exportOptionsSchema.default({ metadata: true, commentary: true }),
    /** Chosen by the window: `progress.get` with it reports how far the export has come. */
    progressKey: progressKeySchema.optional(),
  })
  .strict();
export type ExportRequest = z.input<typeof exportRequestSchema>;
export type ParsedExportRequest = z.output<typeof exportRequestSchema>;

/** A finished export, as the app receives it to save or download. */
export interface ExportResult {
  /** Suggested file name, e.g. 2025年度红色工地十大典型案例.docx */
  fileName: string;
  mimeType: string;
  size: number;
  /** How many items (documents, or the draft) it holds. */
  items: number;
  contentBase64: string;
}

/** An export written to a file by the engine (the command line's --out). */
export interface ExportFileResult {
  file: string;
  fileName: string;
  format: ExportFormat;
  size: number;
  items: number;
}

