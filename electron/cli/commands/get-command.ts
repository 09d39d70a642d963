import {
  DOCUMENT_META_FIELDS,
  FIELD_LABELS,
  LEVEL_LABELS,
  STATUS_LABELS,
  type DocumentMetaField,
  type DocumentRecord,
} from '../../../shared/model/document';
import { EXIT_OK } from '../cli-errors';
import { joinList, kindLabel, localTime } from '../cli-format';
import { requirePositionals, type CommandDefinition } from '../command';
import { OCR_UNCERTAIN_BELOW, type OcrLayout } from '../../../shared/model/ocr';
import { recognitionSummary } from './recognition-wait';

/** `get --json`'s ocr field: the status and, per recognised page, its confidence and how many lines are 不确定. */
function ocrSummary(layout: OcrLayout): { status: string; message: string; confidence: number | null; pages: { page: number; lines: number; uncertainLines: number; confidence: number | null }[] } {
  return {
    status: layout.state?.status ?? 'none',
    message: layout.state?.message ?? '',
    confidence: layout.state?.confidence ?? null,
    pages: layout.pages.map((page) => ({
      page: page.page,
      lines: page.lines.length,
      uncertainLines: page.lines.filter((line) => line.confidence < OCR_UNCERTAIN_BELOW).length,
      confidence: page.confidence,
    })),
  };
}

function fieldText(record: DocumentRecord, field: DocumentMetaField): string | null {
  const value = record[field];
  if (value === null || value === undefined) return null;
  if (field === 'kind') return kindLabel(record.kind);
  if (field === 'level' && record.level) return LEVEL_LABELS[record.level];
  if (field === 'status' && record.status) return STATUS_LABELS[record.status];
  return String(value);
}

export const getCommand: CommandDefinition = {
  name: 'get',
  summary: '查看一份资料的全部信息和全文',
  help: `用法：casebook get 编号 [--json]

显示资料的元数据、标签、原文件、备注和全文。--json 输出完整记录（含 text 和 tags）。`,
  options: {},
  createsLibrary: false,
  async run(context, args) {
    const [id] = requirePositionals(args, 1, '资料编号', 'get');
    const record = await context.call('documents.get', { id: id ?? '' });
    const recognised = await context.call('documents.ocrLayout', { id: record.id });
    if (context.json) {
      context.emit(recognised.state ? { ...record, ocr: ocrSummary(recognised) } : record);
      return EXIT_OK;
    }
    context.say(`《${record.title}》`);
    context.say(`编号：${record.id}`);
    for (const field of DOCUMENT_META_FIELDS) {
      if (field === 'title') continue;
      const text = fieldText(record, field);
      if (text !== null) context.say(`${FIELD_LABELS[field]}：${text}`);
    }
    context.say(`标签：${joinList(record.tags)}`);
    if (record.original) {
      const size = record.original.size >= 1024 ? `${Math.round(record.original.size / 1024)} KB` : `${record.original.size} 字节`;
      context.say(`原文件：${record.original.fileName}（${size}${record.original.encoding ? `，${record.original.encoding}` : ''}）`);
    }
    context.say(`导入时间：${localTime(record.createdAt)}  修改时间：${localTime(record.updatedAt)}`);
    if (record.deletedAt) context.say(`状态：在回收站中（${localTime(record.deletedAt)} 移入）`);
    if (recognised.state) {
      context.say(`文字识别：${recognitionSummary(recognised.state)}`);
      for (const page of ocrSummary(recognised).pages) {
        const uncertain = page.uncertainLines > 0 ? `，${page.uncertainLines} 行不确定` : '';
        context.say(`  第 ${page.page} 页：${page.lines} 行，置信度 ${page.confidence === null ? '—' : `${Math.round(page.confidence * 100)}%`}${uncertain}`);
      }
    }
    const notes = await context.call('notes.list', { documentId: record.id });
    if (notes.length > 0) {
      context.say('');
      context.say(`备注（${notes.length} 条）：`);
      for (const note of notes) context.say(`  · ${note.body.replace(/\n/g, '\n    ')}（${localTime(note.updatedAt)}）`);
    }
    context.say('');
    context.say('—— 全文 ——');
    context.say(record.text);
    return EXIT_OK;
  },
};
