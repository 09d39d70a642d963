import type { CliContext } from '../cli-context';
import { CliFailure, EXIT_OK } from '../cli-errors';
import type { CommandDefinition } from '../command';
import { progressLine, type ProgressLine } from '../progress-line';

export const infoCommand: CommandDefinition = {
  name: 'info',
  summary: '显示资料库的位置、版本和资料数',
  help: `用法：casebook info [--json]`,
  options: {},
  createsLibrary: false,
  async run(context) {
    const info = await context.call('library.info', {});
    if (context.json) {
      context.emit(info);
      return EXIT_OK;
    }
    context.say(`资料库：${info.path}`);
    context.say(`资料：${info.documentCount} 份  回收站：${info.trashCount} 份`);
    context.say(`数据库版本：${info.schemaVersion}  程序版本：${info.appVersion}`);
    if (info.offerSample) context.say('资料库还是空的：可用 casebook import 导入资料，或用 casebook sample 添加示例资料。');
    return EXIT_OK;
  },
};

export const sampleCommand: CommandDefinition = {
  name: 'sample',
  summary: '添加示例资料库（只在要求时添加）',
  help: `用法：casebook sample [--json]

把程序自带的示例资料（政策文件、典型案例、支部做法、新闻报道）导入资料库，便于了解用法。
已导入过的示例不会重复导入。资料库不存在时会新建。`,
  options: {},
  createsLibrary: true,
  async run(context) {
    const result = await context.call('library.loadSample', {});
    if (context.createdLibrary) context.note(`已新建资料库：${context.libraryFolder}`);
    if (context.json) context.emit(result);
    else if (result.imported === 0) context.say('示例资料已在资料库中（或在回收站中），没有新增。');
    else context.say(`已添加示例资料 ${result.imported} 份${result.alreadyPresent > 0 ? `（另有 ${result.alreadyPresent} 份已在资料库中，未重复添加）` : ''}。`);
    return EXIT_OK;
  },
};

async function rebuildShowingProgress(context: CliContext, progress: ProgressLine): Promise<{ documents: number }> {
  const started = await context.call('search.rebuild', { background: true });
  for (;;) {
    const status = await context.call('search.status', {});
    if (status.status !== 'rebuilding') {
      progress.clear();
      if (status.error) throw new CliFailure('INTERNAL', status.error);
      return started;
    }
    progress.show(`正在重建检索索引 [${status.done}/${status.total || started.documents}]`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const reindexCommand: CommandDefinition = {
  name: 'reindex',
  summary: '从数据库重建检索索引',
  help: `用法：casebook reindex [--json]

检索结果不对或索引损坏时使用：按数据库中的资料重新建立全文检索索引，不改动资料本身。`,
  options: {},
  createsLibrary: false,
  async run(context) {
    const progress = progressLine(context);
    // On a terminal the rebuild runs in steps, so its progress can be shown; elsewhere in one go.
    const result = progress.active ? await rebuildShowingProgress(context, progress) : await context.call('search.rebuild', {});
    if (context.json) context.emit(result);
    else context.say(`已重建检索索引，共 ${result.documents} 份资料。`);
    return EXIT_OK;
  },
};
