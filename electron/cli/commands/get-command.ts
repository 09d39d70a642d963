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
    if (context.json) {
      context.emit(record);
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
