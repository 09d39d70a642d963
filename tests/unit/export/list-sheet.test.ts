import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCollectionItems } from '../../../electron/engine/collections/collection-items-service';
import { createCollection } from '../../../electron/engine/collections/collections-service';
import type { Library } from '../../../electron/engine/core/library';
import { listSheetBytes } from '../../../electron/engine/export/sheets/sheet-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { LIST_SHEET_COLUMNS, type ParsedListSheetTarget } from '../../../shared/model/sheet';
import { withTempLibrary } from '../../helpers/temp-library';

let library: Library;
let cleanup: () => void;
const ids: Record<'policy' | 'news', string> = { policy: '', news: '' };
beforeEach(async () => {
  ({ library, cleanup } = withTempLibrary());
  const policy = `---
kind: policy
title: 关于深化“红色工地”党建工作的实施意见
issuer: 某某市住房和城乡建设局
docNumber: 某建党〔2024〕12号
date: 2024-11-15
region: 浙江省温州市
tags: [主题/党建联建, 政策]
---
各县（市、区）住建局：为深化“红色工地”建设，现提出如下意见。
`;
  const news = `---
kind: news
title: 临时党支部建在项目上 工人夜校开课了
source: 温州日报
author: 李帅
date: 2025-03-02
region: 浙江省温州市鹿城区
tags: [主题/党建联建/工人夜校]
---
某安置房项目临时党支部开办工人夜校，争创红色工地，首期30名工人参加。
`;
  ids.policy = (await importBytes(library, 'policy.md', Buffer.from(policy))).id ?? '';
  ids.news = (await importBytes(library, 'news.md', Buffer.from(news))).id ?? '';
});
afterEach(() => cleanup());

async function rowsOf(target: ParsedListSheetTarget): Promise<{ fileName: string; rows: string[][] }> {
  const made = await listSheetBytes(library, target);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(Buffer.from(made.contentBase64, 'base64')).buffer);
  const sheet = workbook.getWorksheet('资料清单')!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(LIST_SHEET_COLUMNS.map((_, index) => String(row.getCell(index + 1).value ?? ''))));
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
  return { fileName: made.fileName, rows };
}

describe('导出为 Excel (export.listSheet)', () => {
  it('writes one row per chosen document with the metadata columns, in the order given', async () => {
    const { fileName, rows } = await rowsOf({ documents: [ids.news, ids.policy] });
    expect(fileName).toBe('资料清单.xlsx');
    expect(rows[0]).toEqual([...LIST_SHEET_COLUMNS]);
    expect(rows[1]).toEqual(['1', '临时党支部建在项目上 工人夜校开课了', '新闻报道', '2025-03-02', '温州日报', '李帅', '', '', '浙江省温州市鹿城区', '主题/党建联建/工人夜校', ids.news]);
    expect(rows[2]?.slice(1, 9)).toEqual(['关于深化“红色工地”党建工作的实施意见', '政策文件', '2024-11-15', '', '', '某某市住房和城乡建设局', '某建党〔2024〕12号', '浙江省温州市']);
    expect(rows[2]?.[9]?.split('；').sort()).toEqual(['主题/党建联建', '政策']);
  });

  it('lists a tag with its sub-tags, a collection in its order and a search', async () => {
    expect((await rowsOf({ tag: '主题/党建联建' })).rows.slice(1).map((row) => row[10]).sort()).toEqual([ids.policy, ids.news].sort());
    expect((await rowsOf({ tag: '政策' })).rows.slice(1).map((row) => row[10])).toEqual([ids.policy]);
    const collection = createCollection(library, { name: '党建联建学习材料' });
    addCollectionItems(library, collection.id, [
      { kind: 'document', documentId: ids.news },
      { kind: 'document', documentId: ids.policy },
    ]);
    const fromCollection = await rowsOf({ collection: collection.id });
    expect(fromCollection.fileName).toBe('党建联建学习材料.xlsx');
    expect(fromCollection.rows.slice(1).map((row) => row[10])).toEqual([ids.news, ids.policy]);
    expect((await rowsOf({ query: '红色工地', sort: 'date' })).rows.slice(1).map((row) => row[10])).toEqual([ids.news, ids.policy]);
    const searched = await rowsOf({ query: '工人夜校', sort: 'relevance' });
    expect(searched.fileName).toBe('检索结果.xlsx');
    expect(searched.rows.slice(1).map((row) => row[10])).toContain(ids.news);
  });

  it('refuses an unknown tag or document', async () => {
    await expect(listSheetBytes(library, { tag: '没有这个标签' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listSheetBytes(library, { documents: ['no-such-document'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
