import type { LibraryCheckReport } from './library';

const INDEX_WORDS: Record<LibraryCheckReport['index'], string> = {
  ready: '完整',
  stale: '不完整或已过时',
  missing: '尚未建立',
  rebuilding: '正在重建',
};

/** One finding of 资料库检查, in the words the app and the command line both use. */
export interface CheckLine {
  ok: boolean;
  text: string;
}

/** The report of `library.check` as lines for people (资料库检查 in the app, `casebook check`). */
export function describeLibraryCheck(report: LibraryCheckReport): CheckLine[] {
  const lines: CheckLine[] = [];
  lines.push(
    report.integrityOk
      ? { ok: true, text: '数据库完整性：正常' }
      : { ok: false, text: `数据库完整性：发现问题（${report.integrity.slice(0, 3).join('；')}）。请先从备份恢复到新资料库，再核对资料。` },
  );
  lines.push(
    report.missingOriginalCount === 0
      ? { ok: true, text: '原始文件：每份资料的原始文件都在' }
      : {
          ok: false,
          text: `缺少原始文件的资料：${report.missingOriginalCount} 份（${report.missingOriginals
            .slice(0, 5)
            .map((item) => `《${item.title}》`)
            .join('、')}${report.missingOriginalCount > 5 ? '等' : ''}）。资料本身和正文都还在，只是无法导出或查看原件；修复不会删除它们，可从备份中找回原件后重新导入。`,
        },
  );
  lines.push(
    report.orphanOriginalCount === 0
      ? { ok: true, text: '多余文件：没有不属于任何资料的原始文件' }
      : { ok: false, text: `多余文件：${report.orphanOriginalCount} 个原始文件不属于任何资料（通常是导入中途被打断留下的），修复时删除。` },
  );
  if (report.leftoverCount > 0) lines.push({ ok: false, text: `临时文件：${report.leftoverCount} 个（备份或恢复中途被打断留下的），修复时删除。` });
  lines.push(
    report.index === 'ready'
      ? { ok: true, text: '检索索引：完整' }
      : { ok: false, text: `检索索引：${INDEX_WORDS[report.index]}${report.index === 'rebuilding' ? '' : '，修复时重建'}。` },
  );
  return lines;
}

/** What 修复 did, in one sentence (null when the check only reported). */
export function describeRepair(report: LibraryCheckReport): string | null {
  const repaired = report.repaired;
  if (!repaired) return null;
  const done: string[] = [];
  if (repaired.orphanOriginals > 0) done.push(`删除多余原始文件 ${repaired.orphanOriginals} 个`);
  if (repaired.leftovers > 0) done.push(`删除临时文件 ${repaired.leftovers} 个`);
  if (repaired.indexRebuiltDocuments !== null) done.push(`重建检索索引（${repaired.indexRebuiltDocuments} 份资料）`);
  return done.length > 0 ? `已修复：${done.join('，')}。` : '没有需要修复的文件或索引。';
}
