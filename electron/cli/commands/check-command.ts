import { describeLibraryCheck, describeRepair } from '../../../shared/model/library-check';
import { EXIT_FAILED, EXIT_OK } from '../cli-errors';
import { flag, type CommandDefinition } from '../command';

export const checkCommand: CommandDefinition = {
  name: 'check',
  summary: '检查资料库（数据库、原始文件、检索索引），可修复',
  help: `用法：casebook check [--repair] [--json]

检查数据库是否完好、每份资料的原始文件是否都在、有没有不属于任何资料的多余文件或中断留下的临时文件、
检索索引是否完整。

选项：
  --repair   删除多余文件和临时文件，重建不完整的检索索引。缺少原始文件的资料只报告，不会删除。

全部正常时退出码为 0，发现问题（修复后仍有问题）时为 1。`,
  options: { repair: { type: 'boolean' } },
  createsLibrary: false,
  async run(context, args) {
    const report = await context.call('library.check', { repair: flag(args.values, 'repair') });
    if (context.json) context.emit(report);
    else {
      const repair = describeRepair(report);
      if (repair) context.say(repair);
      for (const line of describeLibraryCheck(report)) context.say(`${line.ok ? '✓' : '✗'} ${line.text}`);
      context.say(report.ok ? '资料库检查完毕：一切正常。' : report.repaired ? '资料库检查完毕：仍有上面标 ✗ 的问题。' : '资料库检查完毕：发现问题，可运行 casebook check --repair 修复。');
    }
    return report.ok ? EXIT_OK : EXIT_FAILED;
  },
};
