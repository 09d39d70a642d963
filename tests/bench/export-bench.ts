import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Library } from '../../electron/engine/core/library';
import { openLibrary } from '../../electron/engine/library/open-library';
import { addCollectionItems } from '../../electron/engine/collections/collection-items-service';
import { addCollectionSection } from '../../electron/engine/collections/collection-sections-service';
import { createCollection, getCollection } from '../../electron/engine/collections/collections-service';
import { getDocument } from '../../electron/engine/documents/documents-service';
import { exportToFile } from '../../electron/engine/export/export-service';
import { importBytes } from '../../electron/engine/import/import-service';
import { exportRequestSchema, type ExportFormat } from '../../shared/model/export';

/**
 * Export time for a 100-document collection in each format (`npm run bench -- export [--docs N] [--json]`).
 * The documents are written for the benchmark (numbered headings, a list and a table each, ~2,500
 * characters, like a typical case), imported, and put into a collection with three sections. The
 * baseline, measured in the same run, is reading the same documents from the library and writing
 * their texts to one file — the least any export must do; `ratio` is export time ÷ baseline time.
 */

export interface ExportBenchResult {
  documents: number;
  baseline_ms: number;
  formats: { format: ExportFormat; ms: number; first_ms: number; bytes: number; ratio: number }[];
}

const FORMATS: ExportFormat[] = ['docx', 'pdf', 'html', 'md'];
/** Goals: a 100-document booklet in Word within 10 s, as PDF within 5 s (printed twice for the TOC's page numbers, issue 15). */
const GOALS_MS: Record<string, number> = { docx: 10_000, pdf: 5_000, html: 5_000, md: 5_000 };

const REGIONS = ['温州市鹿城区', '宁波市鄞州区', '杭州市临平区', '湖州市安吉县', '绍兴市柯桥区', '丽水市莲都区', '衢州市柯城区', '台州市黄岩区'];
const PRACTICES = ['党建联盟', '红领筑建', '赤色能量站', '一党员一项目', '136党建链', '结对共建', '工友之家', '清廉工地'];

function benchDocument(index: number): string {
  const region = REGIONS[index % REGIONS.length]!;
  const practice = PRACTICES[index % PRACTICES.length]!;
  const paragraph = (topic: string) =>
    `${region}某${index + 1}号项目临时党支部围绕${topic}，推行“${practice}”工作法，建立问题清单、责任清单、成效清单，` +
    `每月召开一次联席会议，协调解决交叉施工、征迁交地等难题${(index % 20) + 5}项，带动参建单位党员${(index % 30) + 12}名在关键岗位亮身份、作表率。`;
  return [
    '---',
    'kind: case',
    `title: “${practice}”助推项目建设提质增效——${region}某${index + 1}号项目临时党支部`,
    `region: 浙江省${region}`,
    `date: 2024-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`,
    `source: ${region.slice(0, 3)}住房和城乡建设局`,
    '---',
    '',
    '## 一、基本情况',
    '',
    paragraph('组织建设'),
    '',
    '## 二、主要做法',
    '',
    '### （一）建强组织',
    '',
    paragraph('党建联建'),
    '',
    '- 党员带班、安全护航',
    '- 设立党员先锋岗和党员责任区',
    '- 开展“工地夜校”技能培训',
    '',
    '### （二）服务工友',
    '',
    paragraph('工人权益保障'),
    '',
    '| 指标 | 数值 |',
    '| --- | --- |',
    `| 联建项目 | ${(index % 9) + 3}个 |`,
    `| 服务工友 | ${(index % 50) * 20 + 300}人次 |`,
    '',
    '## 三、工作成效',
    '',
    paragraph('项目质量安全'),
    paragraph('清廉工地建设'),
  ].join('\n');
}

async function prepare(library: Library, count: number): Promise<string> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const result = await importBytes(library, `bench-${index}.md`, Buffer.from(benchDocument(index), 'utf8'));
    if (!result.id) throw new Error(`导入失败：${result.error ?? result.status}`);
    ids.push(result.id);
  }
  const collection = createCollection(library, { name: `基准测试专辑（${count}篇）`, coverSubtitle: '导出基准测试' });
  const sections = ['组织建设', '党建联建', '权益保障'];
  let after: string | null = null;
  const third = Math.ceil(ids.length / sections.length);
  for (const [index, title] of sections.entries()) {
    const { sectionId }: { sectionId: string } = addCollectionSection(library, { collectionId: collection.id, title, afterSectionId: after });
    after = sectionId;
    const slice = ids.slice(index * third, (index + 1) * third).map((documentId) => ({ kind: 'document' as const, documentId }));
    if (slice.length > 0) addCollectionItems(library, collection.id, slice, { sectionId });
  }
  return collection.id;
}

/** Reads the collection's documents and writes their texts to one file. Best of three. */
function baselineMs(library: Library, collectionId: string, folder: string): number {
  let best = Infinity;
  for (let pass = 0; pass < 3; pass += 1) {
    const started = performance.now();
    const items = getCollection(library, collectionId).items;
    const texts = items.map((item) => {
      const doc = getDocument(library, item.documentId!);
      return `${doc.title}\n\n${doc.text}`;
    });
    fs.writeFileSync(path.join(folder, 'baseline.txt'), texts.join('\n\n'));
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export async function runExportBench(options: { docs: number; json: boolean }): Promise<ExportBenchResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-export-bench-'));
  const library = openLibrary({ folder: path.join(folder, 'library'), createIfMissing: true, resourcesFolder: path.resolve('resources'), actor: '基准测试', appVersion: 'bench' });
  try {
    const collectionId = await prepare(library, options.docs);
    const baseline = baselineMs(library, collectionId, folder);
    const formats: ExportBenchResult['formats'] = [];
    for (const format of FORMATS) {
      const out = path.join(folder, `export.${format}`);
      const once = async () => {
        const started = performance.now();
        const result = await exportToFile(library, exportRequestSchema.parse({ target: { collection: collectionId }, format, template: 'official' }), out);
        return { ms: performance.now() - started, bytes: result.size };
      };
      // The first export in a process also loads what it needs (pdf.js, playwright, docx) through the
      // TypeScript loader; a running app has done that once. The figure is the better of the next two.
      const first = await once();
      const runs = [await once(), await once()];
      const ms = Math.min(...runs.map((run) => run.ms));
      formats.push({ format, ms: Math.round(ms), first_ms: Math.round(first.ms), bytes: runs[0]!.bytes, ratio: Math.round((ms / baseline) * 10) / 10 });
    }
    const output: ExportBenchResult = { documents: options.docs, baseline_ms: Math.round(baseline * 10) / 10, formats };
    if (options.json) {
      console.log(JSON.stringify(output));
    } else {
      console.log(`导出基准：${options.docs} 篇资料的专辑（基线：读取同样的正文并写入一个文件，${output.baseline_ms} 毫秒）`);
      for (const item of formats) {
        const goal = GOALS_MS[item.format];
        console.log(`  ${item.format.padEnd(5)} ${String(item.ms).padStart(7)} 毫秒（进程内第一次 ${item.first_ms} 毫秒）  ${(item.bytes / 1024).toFixed(0).padStart(6)} KB  为基线的 ${item.ratio} 倍  目标 ≤ ${goal} 毫秒 ${goal !== undefined && item.ms <= goal ? '✓' : '✗'}`);
      }
    }
    return output;
  } finally {
    library.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
