import type ExcelJS from 'exceljs';
import { exceljs } from './load-exceljs';
import { CasebookError } from '../../../../shared/api/errors';
import { KIND_LABELS } from '../../../../shared/model/document';
import { LIST_SHEET_COLUMNS, type ParsedListSheetTarget } from '../../../../shared/model/sheet';
import { getCollection } from '../../collections/collections-service';
import type { Library } from '../../core/library';
import { findDocumentRow, listDocumentRows, type DocumentRow } from '../../documents/documents-repo';
import { findTagId, tagsOfDocuments } from '../../tags/tags-repo';
import { THIN_BORDER, fitWidth, headerCell, printable, wrappedRowHeight } from './xlsx-layout';

/**
 * 导出为 Excel: a document list as a plain table, one row per document with its metadata columns
 * (标题, 类型, 发布日期, 来源, 作者, 发文机关, 发文字号, 地区, 标签, 编号), a filter on the header, the
 * header frozen, printable on A4 landscape. The list is what the window shows: the chosen documents,
 * a collection's documents in its order, a tag's (with its sub-tags) or a search's results in the order the results page sorts them.
 */

/** Search results are read page by page up to this many, as the export's document list allows. */
const MAX_ROWS = 10_000;
const PAGE = 500;

function missing(what: string, detail: string): CasebookError {
  return new CasebookError('NOT_FOUND', what, detail);
}

function rowsOfIds(library: Library, ids: readonly string[]): DocumentRow[] {
  const seen = new Set<string>();
  const rows: DocumentRow[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const row = findDocumentRow(library.db, id);
    if (!row) throw missing('找不到要导出的资料，它可能已被永久删除。', `document ${id}`);
    rows.push(row);
  }
  return rows;
}

function searchIds(library: Library, query: string, sort: 'relevance' | 'date'): string[] {
  const ids: string[] = [];
  for (let offset = 0; offset < MAX_ROWS; offset += PAGE) {
    const response = library.search.query({ query, sort, offset, limit: PAGE });
    ids.push(...response.hits.map((hit) => hit.id));
    if (response.hits.length < PAGE) break;
  }
  return ids.slice(0, MAX_ROWS);
}

/** The documents of a list target, in the order the window lists them, with a name for the file. */
export function listSheetRows(library: Library, target: ParsedListSheetTarget): { name: string; rows: DocumentRow[] } {
  if ('documents' in target) return { name: '资料清单', rows: rowsOfIds(library, target.documents) };
  if ('collection' in target) {
    const collection = getCollection(library, target.collection);
    const ids = collection.items.filter((item) => item.status !== 'missing' && item.documentId !== null).map((item) => item.documentId as string);
    return { name: collection.name, rows: rowsOfIds(library, ids).filter((row) => row.deleted_at === null) };
  }
  if ('tag' in target) {
    if (findTagId(library.db, target.tag) === undefined) throw missing(`找不到标签“${target.tag}”。`, `tag ${target.tag}`);
    const { rows } = listDocumentRows(library.db, { tagPath: target.tag, trashed: false, sort: 'date', order: 'desc', offset: 0, limit: MAX_ROWS });
    return { name: `标签：${target.tag.split('/').pop() ?? target.tag}`, rows };
  }
  return { name: '检索结果', rows: rowsOfIds(library, searchIds(library, target.query, target.sort)) };
}

export function buildListSheet(library: Library, title: string, rows: readonly DocumentRow[]): ExcelJS.Workbook {
  const tags = tagsOfDocuments(library.db, rows.map((row) => row.seq));
  const workbook = new (exceljs().Workbook)();
  workbook.creator = '案例库';
  workbook.title = title;
  const sheet = workbook.addWorksheet('资料清单');
  LIST_SHEET_COLUMNS.forEach((label, index) => headerCell(sheet.getCell(1, index + 1), label));
  const values = rows.map((row, index) => [
    index + 1,
    row.title,
    KIND_LABELS[row.kind],
    row.date ?? '',
    row.source ?? row.organization ?? '',
    row.author ?? '',
    row.issuer ?? '',
    row.doc_number ?? '',
    row.region ?? '',
    (tags.get(row.seq) ?? []).join('；'),
    row.id,
  ]);
  values.forEach((cells, index) => {
    const row = sheet.getRow(index + 2);
    cells.forEach((value, column) => {
      const cell = row.getCell(column + 1);
      cell.value = value;
      cell.border = THIN_BORDER;
      cell.alignment = { vertical: 'top', wrapText: column === 1 || column === 9 };
    });
  });
  const limits: [number, number][] = [[6, 6], [24, 60], [10, 10], [12, 12], [10, 30], [8, 16], [10, 30], [12, 24], [8, 24], [12, 40], [14, 24]];
  limits.forEach(([min, max], index) => {
    sheet.getColumn(index + 1).width = fitWidth([LIST_SHEET_COLUMNS[index] as string, ...values.map((cells) => String(cells[index]))], min, max);
  });
  values.forEach((cells, index) => {
    sheet.getRow(index + 2).height = wrappedRowHeight([
      { text: String(cells[1]), width: sheet.getColumn(2).width ?? 24 },
      { text: String(cells[9]), width: sheet.getColumn(10).width ?? 12 },
    ]);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, values.length + 1), column: LIST_SHEET_COLUMNS.length } };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }];
  printable(sheet, '1:1');
  return workbook;
}
