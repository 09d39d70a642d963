import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import iconv from 'iconv-lite';
import { methods } from '../../../shared/api/contract';
import { failedImport, MISSING_FILE_MESSAGE, type ImportResult } from '../../../shared/model/import';
import { resolveFsPath } from '../../engine/import/import-paths';
import type { CliContext } from '../cli-context';
import { EXIT_FAILED, EXIT_OK, usageError } from '../cli-errors';
import { kindLabel } from '../cli-format';
import { progressLine } from '../progress-line';
import { flag, parseChoice, parseKind, parseTags, requirePositionals, stringList, stringValue, type CommandDefinition } from '../command';
import { CONFLICT_CHOICES } from '../../../shared/model/bundle';
import type { OcrState } from '../../../shared/model/ocr';
import { recognitionSummary, waitForRecognition } from './recognition-wait';

/** The line `import --json` prints per input file, keys in this order; warnings only when there are some. */
export function importJsonLine(result: ImportResult): Record<string, unknown> {
  return {
    file: result.file,
    status: result.status,
    id: result.id,
    title: result.title,
    kind: result.kind,
    date: result.date,
    source: result.source,
    author: result.author,
    issuer: result.issuer,
    docNumber: result.docNumber,
    region: result.region,
    duplicateOf: result.duplicateOf,
    nearDuplicateOf: result.nearDuplicateOf,
    similarity: result.similarity,
    error: result.error,
    ...(result.warnings.length > 0 ? { warnings: result.warnings } : {}),
    ...(result.pagesToRecognise ? { pagesToRecognise: result.pagesToRecognise } : {}),
  };
}

/** A scan's report line once recognition has ended: the fields read from its text, and how recognition went. */
async function afterRecognition(context: CliContext, result: ImportResult, state: OcrState | undefined): Promise<ImportResult> {
  if (!result.id || !state) return result;
  const record = await context.call('documents.get', { id: result.id });
  const warnings = result.warnings.filter((warning) => !warning.startsWith('正在识别文字'));
  return {
    ...result,
    title: record.title,
    kind: record.kind,
    date: record.date,
    source: record.source,
    author: record.author,
    issuer: record.issuer,
    docNumber: record.docNumber,
    region: record.region,
    warnings: [...warnings, recognitionSummary(state)],
  };
}

function humanLine(result: ImportResult): string {
  if (result.status === 'imported') {
    const facts = [kindLabel(result.kind), result.date, result.docNumber, result.region].filter(Boolean).join(' · ');
    const near = result.nearDuplicateOf ? `\n        疑似重复（相似度 ${Math.round((result.similarity ?? 0) * 100)}%）：与已有资料 [${result.nearDuplicateOf}] 相似，可用 casebook duplicates 查看` : '';
    // A 评分结果 file is merged into its round: no document, no id.
    if (result.id === null) return `已导入  ${result.file} → ${result.title ?? ''}`;
    return `已导入  ${result.file} → 《${result.title ?? ''}》 ${facts} [${result.id ?? ''}]${near}`;
  }
  if (result.status === 'duplicate' && result.duplicateOf === null) return `重复    ${result.file} → ${result.title ?? ''}：与已导入的相同，未重复导入`;
  if (result.status === 'duplicate') return `重复    ${result.file} → 与已有资料《${result.title ?? ''}》相同 [${result.duplicateOf ?? ''}]，未重复导入`;
  return `失败    ${result.file}：${result.error ?? '导入失败'}`;
}

function encodingSupported(): boolean {
  return 'encoding' in methods['import.files'].request.shape;
}

/** How often a terminal asks the running import for new report lines. */
const POLL_MS = 100;

export const importCommand: CommandDefinition = {
  name: 'import',
  summary: '导入文件或文件夹中的资料',
  help: `用法：casebook import 路径… [--kind 类型] [--tag 标签]… [--encoding 编码] [--no-wait]

导入文件或文件夹（文件夹会递归导入其中支持的文件）。原文件原样保存，重复的资料不会重复导入。
案例库交换包（无论扩展名）按内容识别，其中每份资料输出一行；已有的资料不会重复导入。
评审人交回的评分结果文件（无论扩展名）也按内容识别，并入它的评选：每个文件（每位评审人）输出一行；
另一个评选的、被改动过的或评审人不在名单中的文件会被拒绝并说明原因；同一评审人再次交回且有改动时，
按新结果更新并提示改动了哪些评分。
图片（.jpg .png .tif .bmp .webp）和没有文字层的 PDF 页（扫描件）会识别文字（OCR），命令等识别完成后
再输出这些文件的结果行；--no-wait 则立即返回，识别留待桌面程序或浏览器模式在后台完成。
资料库文件夹不存在时会新建资料库。

选项：
  --kind 类型       指定资料类型：policy 政策文件、case 典型案例、practice 支部做法、news 新闻报道
  --tag 标签        给导入的资料加标签，可重复，层级用“/”分隔，如 主题/党建联建
  --encoding 编码   纯文本的文字编码（默认自动识别）：utf-8、gb18030、big5、utf-16le
  --on-conflict 方式  交换包中与本库不同的资料：mine 保留本库（默认）、theirs 采用交换包、both 两份都保留
  --no-wait         不等待文字识别（扫描件先导入，识别在打开桌面程序时于后台完成）
  --json            每个文件输出一行 JSON

有文件导入失败时退出码为 1（其余文件照常导入）。`,
  options: {
    kind: { type: 'string' },
    tag: { type: 'string', multiple: true },
    encoding: { type: 'string' },
    'on-conflict': { type: 'string' },
    'no-wait': { type: 'boolean' },
  },
  createsLibrary: true,
  async run(context: CliContext, args) {
    const inputs = requirePositionals(args, 1, '要导入的文件或文件夹', 'import');
    const kind = parseKind(stringValue(args.values, 'kind'));
    const tags = parseTags(stringList(args.values, 'tag'), 'tag');
    const encoding = stringValue(args.values, 'encoding')?.trim();
    const onConflict = parseChoice(stringValue(args.values, 'on-conflict'), CONFLICT_CHOICES, '冲突处理方式');
    if (encoding !== undefined) {
      if (!iconv.encodingExists(encoding)) throw usageError(`不认识的文字编码“${encoding}”。可选：utf-8、gb18030、big5、utf-16le。`);
      if (!encodingSupported()) throw usageError('这个版本的接口还不支持指定编码（--encoding），请去掉该选项，由程序自动识别编码。');
    }

    const progress = progressLine(context);
    const counts = { imported: 0, duplicate: 0, failed: 0 };
    // Scans' lines are printed once their text is recognised (their title and fields come from it).
    let holdScans = !flag(args.values, 'no-wait');
    const scans: ImportResult[] = [];
    const report = (result: ImportResult): void => {
      if (holdScans && result.status === 'imported' && result.pagesToRecognise) {
        scans.push(result);
        return;
      }
      counts[result.status] += 1;
      progress.clear();
      if (context.json) context.emit(importJsonLine(result));
      else {
        context.say(humanLine(result));
        for (const warning of result.warnings) context.say(`        提示：${warning}`);
      }
    };

    // A mistyped path must not create an empty library: when nothing named exists, nothing is opened.
    if (!inputs.some((input) => fs.existsSync(resolveFsPath(input)))) {
      for (const input of inputs) report(failedImport(input, MISSING_FILE_MESSAGE));
      context.say(`共 ${inputs.length} 个文件：导入 0 个，重复 0 个，失败 ${inputs.length} 个。`);
      return EXIT_FAILED;
    }

    // One engine job over every input (folders walked, 交换包 recognised, missing paths reported by
    // the engine); its report lines are printed as they come.
    const started = await context.call('import.start', { paths: inputs, tags, ...(kind ? { kind } : {}), ...(encoding ? { encoding } : {}), ...(onConflict ? { onConflict } : {}) });
    const total = started.total;
    let after = 0;
    for (;;) {
      const state = await context.call('import.results', { jobId: started.jobId, after });
      for (const result of state.results) report(result);
      after = state.next;
      if (state.done) break;
      if (state.current) progress.show(`正在导入 [${state.processed + 1}/${total}] ${state.current}`);
      await sleep(POLL_MS);
    }
    progress.clear();
    holdScans = false;
    if (scans.length > 0) {
      const states = await waitForRecognition(context, scans.map((scan) => scan.id as string));
      for (const scan of scans) report(await afterRecognition(context, scan, states.find((state) => state.documentId === scan.id)));
    }
    if (context.createdLibrary) context.note(`已新建资料库：${context.libraryFolder}`);
    if (total === 0) context.note('没有找到要导入的文件。');
    context.say(`共 ${total} 个文件：导入 ${counts.imported} 个，重复 ${counts.duplicate} 个，失败 ${counts.failed} 个。`);
    return counts.failed > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
