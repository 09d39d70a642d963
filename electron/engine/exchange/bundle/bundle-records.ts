import type Database from 'better-sqlite3';
import type { BundleItemType } from '../../../../shared/model/bundle';
import type { Library } from '../../core/library';
import type { BundleRecord } from './bundle-format';
import { childRows, documentIdOfSeq as findDocumentIdOfSeq, findRowById } from './bundle-repo';
import { tableExists } from '../exchange-repo';

/**
 * 专辑 and 草稿 travel in a bundle as the rows of their tables: a root row (by its stable text id)
 * and the child rows that belong to it. Columns that point at documents by the library's own seq are
 * written as document ids and mapped back on import, so they survive the move between libraries.
 */
export interface TableFamily {
  type: Exclude<BundleItemType, 'document'>;
  folder: string;
  root: string;
  titleColumn: string;
  updatedColumn: string;
  /** Child tables, each with the column naming the root's id. */
  children: { table: string; parentColumn: string }[];
  /** Columns (in any of the family's tables) holding a document's seq; written as `<column>:id`. */
  documentSeqColumns: string[];
  /** Columns holding a document's text id directly. */
  documentIdColumns: string[];
  /** Columns naming a draft that travels with the record (a collection's draft items). */
  draftIdColumns?: string[];
  /** Columns pointing at rows that may not exist in the receiving library (a folder): cleared when missing. */
  optionalReferences?: { column: string; table: string }[];
}

export interface CollectedRecord extends BundleRecord {
  documentIds: string[];
  draftIds: string[];
}

export interface RecordKind {
  type: TableFamily['type'];
  family: TableFamily;
  entryName(id: string): string;
  collect(library: Library, ids: string[]): CollectedRecord[];
}

function documentIdOfSeq(db: Database.Database, seq: unknown): string | null {
  if (typeof seq !== 'number') return null;
  return findDocumentIdOfSeq(db, seq) ?? null;
}

/** A row as written into the bundle: document seqs replaced by ids; the root's own integer keys dropped. */
function exportRow(db: Database.Database, family: TableFamily, row: Record<string, unknown>, documentIds: Set<string>, draftIds: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of family.draftIdColumns ?? []) if (typeof row[column] === 'string') draftIds.add(row[column]);
  for (const [column, value] of Object.entries(row)) {
    if (family.documentSeqColumns.includes(column)) {
      const id = documentIdOfSeq(db, value);
      if (id) documentIds.add(id);
      out[`${column}:id`] = id;
    } else {
      if (family.documentIdColumns.includes(column) && typeof value === 'string') documentIds.add(value);
      out[column] = value;
    }
  }
  return out;
}

export function familyKind(family: TableFamily): RecordKind {
  return {
    type: family.type,
    family,
    entryName: (id) => `${family.folder}/${id}.json`,
    collect(library, ids) {
      const db = library.db;
      if (ids.length === 0 || !tableExists(db, family.root)) return [];
      const records: CollectedRecord[] = [];
      for (const id of new Set(ids)) {
        const root = findRowById(db, family.root, id);
        if (!root) continue;
        const documentIds = new Set<string>();
        const draftIds = new Set<string>();
        const tables: BundleRecord['tables'] = { [family.root]: [exportRow(db, family, root, documentIds, draftIds)] };
        for (const child of family.children) {
          if (!tableExists(db, child.table)) continue;
          const rows = childRows(db, child.table, child.parentColumn, id);
          tables[child.table] = rows.map((row) => exportRow(db, family, row, documentIds, draftIds));
        }
        records.push({
          id,
          title: String(root[family.titleColumn] ?? ''),
          updatedAt: String(root[family.updatedColumn] ?? ''),
          tables,
          documentIds: [...documentIds],
          draftIds: [...draftIds],
        });
      }
      return records;
    },
  };
}
