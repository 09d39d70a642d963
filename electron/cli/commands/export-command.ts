import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, EXPORT_TEMPLATES, EXPORT_TEMPLATE_LABELS, type ExportFormat, type ExportTarget, type ExportTemplate } from '../../../shared/model/export';
import type { CliContext } from '../cli-context';
import { EXIT_OK, usageError } from '../cli-errors';
import { flag, parseChoice, stringValue, type CommandDefinition, type ParsedArgs } from '../command';
import { formatMegabytes } from './exchange-format';
import { progressLine } from '../progress-line';
import { isSheetFormat, sheetOnlyTarget, writeListSheet } from './export-sheet';

const FORMAT_WORDS: Readonly<Record<string, ExportFormat>> = { word: 'docx', markdown: 'md', htm: 'html', 交换包: 'bundle' };
const TEMPLATE_WORDS: Readonly<Record<string, ExportTemplate>> = { 公文汇编: 'official', 公文: 'official', 简洁: 'plain', 培训讲义: 'handout', 讲义: 'handout' };

function parseFormat(raw: string | undefined): ExportFormat {
  if (raw === undefined) throw usageError(`请用 --format 指定导出格式：${EXPORT_FORMATS.join('、')}。`);
  return FORMAT_WORDS[raw.trim().toLowerCase()] ?? parseChoice(raw, EXPORT_FORMATS, '导出格式')!;
}

function parseTemplate(raw: string | undefined): ExportTemplate {
  if (raw === undefined) return 'official';
  return TEMPLATE_WORDS[raw.trim()] ?? parseChoice(raw, EXPORT_TEMPLATES, '模板')!;
}

/** A collection by id or by its exact name. */
async function collectionId(context: CliContext, nameOrId: string): Promise<string> {
  return (await context.call('collections.resolve', { nameOrId })).id;
}

async function parseTarget(context: CliContext, args: ParsedArgs): Promise<ExportTarget> {
  if (stringValue(args.values, 'tag') !== undefined || stringValue(args.values, 'query') !== undefined) {
    throw usageError('--tag 和 --query 只用于导出为 Excel（--format xlsx）。');
  }
  const collection = stringValue(args.values, 'collection');
  const draft = stringValue(args.values, 'draft');
  const ids: string[] = [];
  let fromPrefix: ExportTarget | null = null;
  for (const positional of args.positionals) {
    const match = /^(collection|专辑|draft|草稿)[:：](.+)$/i.exec(positional);
    if (!match) ids.push(positional);
    else if (/^(collection|专辑)$/i.test(match[1] ?? '')) fromPrefix = { collection: await collectionId(context, match[2] ?? '') };
    else fromPrefix = { draft: (match[2] ?? '').trim() };
  }
  const chosen = [ids.length > 0, collection !== undefined, draft !== undefined, fromPrefix !== null].filter(Boolean).length;
  if (chosen === 0) throw usageError('缺少要导出的内容：资料编号，或 --collection 专辑，或 --draft 草稿编号。用法见：casebook export --help');
  if (chosen > 1) throw usageError('一次只能导出一种内容：资料编号、一个专辑或一篇草稿。');
  if (collection !== undefined) return { collection: await collectionId(context, collection) };
  if (draft !== undefined) return { draft: draft.trim() };
  return fromPrefix ?? { documents: ids };
}

export const exportCommand: CommandDefinition = {
  name: 'export',
  summary: '导出资料、专辑或草稿为 Word、PDF、网页、Markdown 或交换包',
  help: `用法：casebook export 资料编号… --format 格式 --out 文件 [选项]
      casebook export --collection 专辑名称或编号 --format docx --out 汇编.docx
      casebook export --draft 草稿编号 --format pdf --out 草稿.pdf
      casebook export 资料编号… | --collection 专辑 | --tag 标签 | --query 检索式 --format xlsx --out 清单.xlsx

格式（--format）：${EXPORT_FORMATS.map((format) => `${format}（${EXPORT_FORMAT_LABELS[format]}）`).join('、')}
模板（--template，Word/PDF/网页）：${EXPORT_TEMPLATES.map((template) => `${template}（${EXPORT_TEMPLATE_LABELS[template]}）`).join('、')}，默认 official

选项：
  --out 文件          保存到这个文件（恰好是这个文件名；已有同名文件会被替换）
  --title 标题        封面和文件标题（默认：专辑或草稿的名称，单份资料的标题）
  --subtitle 副标题   封面副标题
  --issuer 单位       封面上的编印单位，例如 某某市住房和城乡建设局党建办
  --date 日期         封面日期，例如 2025年3月（默认：本月）
  --no-cover          不要封面      --no-toc      不要目录
  --no-metadata       不要每篇下方的来源/发布日期行
  --no-commentary     不要专辑中的点评
  --json              输出 {"file","fileName","format","size","items"}

导出为 Excel（--format xlsx）：每篇一行，列出标题、类型、发布日期、来源、作者、发文机关、发文字号、地区、
标签、编号；内容可以是资料编号、专辑（--collection）、标签及其下级标签（--tag 主题/党建联建）或检索结果
（--query "党建联建 地区:温州"）。--json 输出 {"file","fileName","size","rows"}。

PDF 由 Chromium 打印：需已安装 Chromium（或用 CASEBOOK_CHROMIUM 指定浏览器）。`,
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    template: { type: 'string' },
    collection: { type: 'string' },
    draft: { type: 'string' },
    tag: { type: 'string' },
    query: { type: 'string' },
    title: { type: 'string' },
    subtitle: { type: 'string' },
    issuer: { type: 'string' },
    date: { type: 'string' },
    'no-cover': { type: 'boolean' },
    'no-toc': { type: 'boolean' },
    'no-metadata': { type: 'boolean' },
    'no-commentary': { type: 'boolean' },
  },
  createsLibrary: false,
  async run(context, args) {
    if (isSheetFormat(stringValue(args.values, 'format'))) {
      const out = stringValue(args.values, 'out')?.trim();
      if (!out) throw usageError('请用 --out 指定保存的文件，例如 --out 清单.xlsx。');
      return writeListSheet(context, sheetOnlyTarget(args) ?? (await parseTarget(context, args)), out);
    }
    const format = parseFormat(stringValue(args.values, 'format'));
    const template = parseTemplate(stringValue(args.values, 'template'));
    const out = stringValue(args.values, 'out')?.trim();
    if (!out) throw usageError('请用 --out 指定保存的文件，例如 --out 汇编.docx。');
    const target = await parseTarget(context, args);
    const text = (name: 'title' | 'subtitle' | 'issuer' | 'date') => {
      const value = stringValue(args.values, name);
      return value === undefined ? {} : { [name]: value };
    };
    // On a terminal, the step the export is at (printing a PDF takes seconds), read under a key of our own.
    const progress = progressLine(context);
    const progressKey = randomUUID();
    let exporting = true;
    const poll = progress.active
      ? setInterval(() => {
          void context.call('progress.get', { key: progressKey }).then((now) => {
            if (exporting && now) progress.show(`正在导出：${now.step}（${now.percent}%）`);
          });
        }, 300)
      : undefined;
    const exported = context.call('export.toFile', {
      target,
      format,
      template,
      outFile: path.resolve(out),
      progressKey,
      options: {
        ...text('title'),
        ...text('subtitle'),
        ...text('issuer'),
        ...text('date'),
        ...(flag(args.values, 'no-cover') ? { cover: false } : {}),
        ...(flag(args.values, 'no-toc') ? { toc: false } : {}),
        metadata: !flag(args.values, 'no-metadata'),
        commentary: !flag(args.values, 'no-commentary'),
      },
    });
    const result = await exported.finally(() => {
      exporting = false;
      clearInterval(poll);
      progress.clear();
    });
    if (context.json) context.emit(result);
    else context.say(`已导出：${result.file}（${EXPORT_FORMAT_LABELS[result.format]}，${result.items} 篇，${formatMegabytes(result.size)}）`);
    return EXIT_OK;
  },
};
