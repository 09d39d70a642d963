import { BUNDLE_ITEM_LABELS, type BundlePlanItem, type ConflictChoice } from '../../../../shared/model/bundle';
import { blankImportResult, failedImport, type ImportResult } from '../../../../shared/model/import';
import type { Library } from '../../core/library';
import { newId } from '../../core/ids';
import type { BundleRecord } from './bundle-format';
import { RECORD_KINDS } from './bundle-families';
import type { OpenedBundle } from './bundle-read';
import type { RecordKind } from './bundle-records';
import { deleteChildRows, hasRowWithId, insertRow, revisionOf, updateRowById } from './bundle-repo';
import { tableColumns, tableExists } from '../exchange-repo';

/** Where a bundle's document is in this library: its own id, or the copy or duplicate it became. */
export interface DocumentMapping {
  id(bundleId: string): string;
  seq(bundleId: string): number | null;
}

export interface RecordPlan {
  item: BundlePlanItem;
  kind: RecordKind;
  record: BundleRecord;
}

/** The record's rows without the values that differ in every library (own integer keys), for comparing. */
function comparable(record: BundleRecord, kind: RecordKind): string {
  const tables = Object.keys(record.tables)
    .sort()
    .map((table) => {
      const rows = (record.tables[table] ?? []).map((row) => {
        const copy: Record<string, unknown> = {};
        for (const key of Object.keys(row).sort()) {
          if (table !== kind.family.root && key === 'id' && typeof row[key] === 'number') continue;
          // Where the receiver filed it (its folder) is the receiver's business, not a difference.
          if ((kind.family.optionalReferences ?? []).some((reference) => reference.column === key)) continue;
          copy[key] = row[key];
        }
        return JSON.stringify(copy);
      });
      return [table, rows.sort()];
    });
  return JSON.stringify(tables);
}

export function planRecords(library: Library, bundle: OpenedBundle): RecordPlan[] {
  const plans: RecordPlan[] = [];
  for (const kind of RECORD_KINDS) {
    const records = bundle.records.get(kind.type) ?? [];
    if (records.length === 0) continue;
    const available = tableExists(library.db, kind.family.root);
    for (const record of records) {
      const [existing] = available ? kind.collect(library, [record.id]) : [];
      const same = existing !== undefined && comparable(existing, kind) === comparable(record, kind);
      plans.push({
        kind,
        record,
        item: {
          type: kind.type,
          id: record.id,
          title: record.title,
          status: existing === undefined ? 'new' : same ? 'duplicate' : 'conflict',
          existingId: existing?.id ?? null,
          differences: existing === undefined || same ? [] : ['内容'],
          mine: existing ? { title: existing.title, updatedAt: existing.updatedAt } : null,
          theirs: { updatedAt: record.updatedAt },
        },
      });
    }
  }
  return plans;
}

/** Inserts a record's rows, mapping document ids back to this library's seqs; `rootId` renames the root (两份都保留). */
function insertRows(library: Library, kind: RecordKind, record: BundleRecord, rootId: string, documents: DocumentMapping, skipRoot: boolean): void {
  const { family } = kind;
  const order = [family.root, ...family.children.map((child) => child.table)];
  // A kept second copy (两份都保留) needs new ids for its parts too, and its parts' references follow them.
  const copying = rootId !== record.id;
  const renamed = new Map<string, string>();
  for (const table of order) {
    if (skipRoot && table === family.root) continue;
    const rows = record.tables[table];
    if (!rows || !tableExists(library.db, table)) continue;
    const columns = new Set(tableColumns(library.db, table));
    const parentColumn = family.children.find((child) => child.table === table)?.parentColumn;
    for (const row of rows) {
      const values: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) {
        if (key.endsWith(':id')) {
          const column = key.slice(0, -3);
          if (columns.has(column)) values[column] = typeof value === 'string' ? documents.seq(value) : null;
          continue;
        }
        if (!columns.has(key)) continue;
        // A child's own integer key is this library's business: let SQLite number it.
        if (table !== family.root && key === 'id' && typeof value === 'number') continue;
        values[key] = family.documentIdColumns.includes(key) && typeof value === 'string' ? documents.id(value) : value;
      }
      if (table === family.root) values.id = rootId;
      else if (parentColumn) values[parentColumn] = rootId;
      if (copying && table !== family.root) {
        for (const [column, value] of Object.entries(values)) {
          if (column !== parentColumn && column.endsWith('_id') && typeof value === 'string' && renamed.has(value)) values[column] = renamed.get(value);
        }
        if (typeof values.id === 'string') {
          const fresh = newId();
          renamed.set(values.id, fresh);
          values.id = fresh;
        }
      }
      for (const reference of family.optionalReferences ?? []) {
        const value = values[reference.column];
        if (value === undefined || value === null) continue;
        const present = tableExists(library.db, reference.table) && hasRowWithId(library.db, reference.table, value);
        if (!present) values[reference.column] = null;
      }
      insertRow(library.db, table, values);
    }
  }
}

function updateRoot(library: Library, kind: RecordKind, record: BundleRecord): void {
  const root = record.tables[kind.family.root]?.[0];
  if (!root) return;
  const columns = new Set(tableColumns(library.db, kind.family.root));
  const names = Object.keys(root).filter((key) => key !== 'id' && columns.has(key));
  if (names.length === 0) return;
  const values: Record<string, unknown> = Object.fromEntries(names.map((name) => [name, root[name]]));
  for (const reference of kind.family.optionalReferences ?? []) {
    const value = values[reference.column];
    if (value === undefined || value === null) continue;
    if (!tableExists(library.db, reference.table) || !hasRowWithId(library.db, reference.table, value)) values[reference.column] = null;
  }
  if (typeof values.revision === 'number') {
    // A save counter only moves forward, so an open editor notices the text changed under it.
    values.revision = Math.max(values.revision, revisionOf(library.db, kind.family.root, record.id) ?? 0) + 1;
  }
  updateRowById(library.db, kind.family.root, record.id, values);
}

export interface RecordCounts {
  imported: number;
  duplicate: number;
  updated: number;
}

/** Writes one planned 专辑/草稿 as chosen; call inside the import's transaction. Answers with its report line. */
export function applyRecord(library: Library, plan: RecordPlan, choice: ConflictChoice, documents: DocumentMapping, counts: RecordCounts, fileName: string): ImportResult {
  const { kind, record, item } = plan;
  const what = BUNDLE_ITEM_LABELS[kind.type];
  const line = (status: 'imported' | 'duplicate', id: string, warnings: string[] = []): ImportResult => ({
    ...blankImportResult(fileName, status),
    ...(status === 'imported' ? { id } : { duplicateOf: id }),
    title: `${what}：${record.title}`,
    warnings,
  });
  if (!tableExists(library.db, kind.family.root)) return { ...failedImport(fileName, `这个版本的案例库还不能接收${what}。`), title: `${what}：${record.title}` };
  if (item.status === 'duplicate' || (item.status === 'conflict' && choice === 'mine')) {
    counts.duplicate += 1;
    return line('duplicate', record.id, item.status === 'conflict' ? [`与本库中的${what}不同，已保留本库版本`] : []);
  }
  if (item.status === 'new') {
    insertRows(library, kind, record, record.id, documents, false);
    counts.imported += 1;
    return line('imported', record.id);
  }
  if (choice === 'theirs') {
    // The root row is updated in place (its own history, such as a draft's versions, stays); its parts are replaced.
    for (const child of kind.family.children) {
      if (tableExists(library.db, child.table)) deleteChildRows(library.db, child.table, child.parentColumn, record.id);
    }
    updateRoot(library, kind, record);
    insertRows(library, kind, record, record.id, documents, true);
    counts.updated += 1;
    return line('imported', record.id, [`已用交换包中的版本更新本库${what}`]);
  }
  const copy: BundleRecord = {
    ...record,
    tables: {
      ...record.tables,
      [kind.family.root]: (record.tables[kind.family.root] ?? []).map((row) => ({
        ...row,
        [kind.family.titleColumn]: `${String(row[kind.family.titleColumn] ?? '')}（交换包）`,
      })),
    },
  };
  const copyId = newId();
  insertRows(library, kind, copy, copyId, documents, false);
  counts.imported += 1;
  return line('imported', copyId, [`本库已有不同版本的${what}，两份都已保留`]);
}
