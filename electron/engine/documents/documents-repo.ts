import type Database from 'better-sqlite3';
import { preparedOnce } from '../db/statement-cache';
import type {
  DocumentKind,
  DocumentMeta,
  DocumentMetaField,
  DocumentRecord,
  DocumentSummary,
  FieldOrigin,
  PolicyLevel,
  PolicyStatus,
} from '../../../shared/model/document';

/** Column name in the documents table for each metadata field. */
export const META_COLUMNS: Record<DocumentMetaField, string> = {
  title: 'title',
  kind: 'kind',
  issuer: 'issuer',
  docNumber: 'doc_number',
  date: 'date',
  effectiveDate: 'effective_date',
  level: 'level',
  status: 'status',
  source: 'source',
  author: 'author',
  region: 'region',
  year: 'year',
  organization: 'organization',
  project: 'project',
  practiceName: 'practice_name',
  selection: 'selection',
  url: 'url',
  addressees: 'addressees',
  attachments: 'attachments',
};

export interface DocumentRow {
  seq: number;
  id: string;
  kind: DocumentKind;
  title: string;
  text: string;
  text_sha256: string;
  issuer: string | null;
  doc_number: string | null;
  date: string | null;
  effective_date: string | null;
  level: PolicyLevel | null;
  status: PolicyStatus | null;
  source: string | null;
  author: string | null;
  region: string | null;
  year: number | null;
  organization: string | null;
  project: string | null;
  practice_name: string | null;
  selection: string | null;
  url: string | null;
  addressees: string | null;
  attachments: string | null;
  to_confirm: string;
  original_sha256: string | null;
  original_name: string | null;
  original_size: number | null;
  encoding: string | null;
  field_origins: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface NewDocumentRow {
  id: string;
  meta: DocumentMeta;
  text: string;
  textSha256: string;
  originalSha256: string | null;
  originalName: string | null;
  encoding: string | null;
  fieldOrigins: Partial<Record<DocumentMetaField, FieldOrigin>>;
  /** Fields import was unsure of (待确认). */
  toConfirm?: DocumentMetaField[];
  now: string;
}

const SELECT_DOCUMENT = `
  SELECT d.*, o.size AS original_size
  FROM documents d LEFT JOIN originals o ON o.sha256 = d.original_sha256`;

export function metaFromRow(row: DocumentRow): DocumentMeta {
  return {
    title: row.title,
    kind: row.kind,
    issuer: row.issuer,
    docNumber: row.doc_number,
    date: row.date,
    effectiveDate: row.effective_date,
    level: row.level,
    status: row.status,
    source: row.source,
    author: row.author,
    region: row.region,
    year: row.year,
    organization: row.organization,
    project: row.project,
    practiceName: row.practice_name,
    selection: row.selection,
    url: row.url,
    addressees: row.addressees,
    attachments: row.attachments,
  };
}

export function recordFromRow(row: DocumentRow, tags: string[]): DocumentRecord {
  return {
    id: row.id,
    ...metaFromRow(row),
    text: row.text,
    toConfirm: JSON.parse(row.to_confirm) as DocumentMetaField[],
    tags,
    original:
      row.original_sha256 === null
        ? null
        : {
            fileName: row.original_name ?? '',
            sha256: row.original_sha256,
            size: row.original_size ?? 0,
            encoding: row.encoding,
          },
    fieldOrigins: JSON.parse(row.field_origins) as DocumentRecord['fieldOrigins'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** The columns a list row needs, so callers that read fewer columns than DocumentRow can share it. */
export type SummaryColumns = Pick<
  DocumentRow,
  'id' | 'title' | 'kind' | 'date' | 'region' | 'source' | 'issuer' | 'doc_number' | 'organization' | 'created_at' | 'updated_at' | 'deleted_at'
>;

export function summaryFromRow(row: SummaryColumns, tags: string[]): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    date: row.date,
    region: row.region,
    source: row.source,
    issuer: row.issuer,
    docNumber: row.doc_number,
    organization: row.organization,
    tags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function insertDocumentRow(db: Database.Database, input: NewDocumentRow): number {
  const fields = Object.keys(META_COLUMNS) as DocumentMetaField[];
  const columns = fields.map((field) => META_COLUMNS[field]);
  const values: Record<string, unknown> = {};
  for (const field of fields) values[META_COLUMNS[field]] = input.meta[field];
  const result = preparedOnce(
    db,
    `INSERT INTO documents (id, text, text_sha256, original_sha256, original_name, encoding, field_origins, to_confirm,
         created_at, updated_at, ${columns.join(', ')})
       VALUES (@id, @text, @text_sha256, @original_sha256, @original_name, @encoding, @field_origins, @to_confirm,
         @now, @now, ${columns.map((column) => `@${column}`).join(', ')})`,
  ).run({
      ...values,
      id: input.id,
      text: input.text,
      text_sha256: input.textSha256,
      original_sha256: input.originalSha256,
      original_name: input.originalName,
      encoding: input.encoding,
      field_origins: JSON.stringify(input.fieldOrigins),
      to_confirm: JSON.stringify(input.toConfirm ?? []),
      now: input.now,
    });
  return Number(result.lastInsertRowid);
}

export function findDocumentRow(db: Database.Database, id: string): DocumentRow | undefined {
  return db.prepare(`${SELECT_DOCUMENT} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
}

export function findDocumentRowBySeq(db: Database.Database, seq: number): DocumentRow | undefined {
  return db.prepare(`${SELECT_DOCUMENT} WHERE d.seq = ?`).get(seq) as DocumentRow | undefined;
}

/** A document with the same bytes or the same cleaned text, trashed ones included (they can be restored). */
export function findExactDuplicate(
  db: Database.Database,
  originalSha256: string | null,
  textSha256: string,
): DocumentRow | undefined {
  return preparedOnce(
    db,
    `${SELECT_DOCUMENT} WHERE d.text_sha256 = @text OR (@original IS NOT NULL AND d.original_sha256 = @original)
       ORDER BY d.deleted_at IS NOT NULL, d.seq LIMIT 1`,
  ).get({ text: textSha256, original: originalSha256 }) as DocumentRow | undefined;
}

export function updateDocumentColumns(
  db: Database.Database,
  seq: number,
  columns: Record<string, unknown>,
  now: string,
): void {
  const names = Object.keys(columns);
  if (names.length === 0) return;
  const assignments = names.map((name) => `${name} = @${name}`).join(', ');
  db.prepare(`UPDATE documents SET ${assignments}, updated_at = @updated_at WHERE seq = @seq`).run({
    ...columns,
    updated_at: now,
    seq,
  });
}

/** Marks a document as changed now (its tags or notes changed; its own columns did not). */
export function touchDocument(db: Database.Database, seq: number, now: string): void {
  db.prepare('UPDATE documents SET updated_at = ? WHERE seq = ?').run(now, seq);
}

export function setDeletedAt(db: Database.Database, seq: number, deletedAt: string | null): void {
  db.prepare('UPDATE documents SET deleted_at = ? WHERE seq = ?').run(deletedAt, seq);
}

export function deleteDocumentRow(db: Database.Database, seq: number): void {
  db.prepare('DELETE FROM documents WHERE seq = ?').run(seq);
}

export interface ListDocumentsQuery {
  kind?: DocumentKind | undefined;
  tagPath?: string | undefined;
  trashed: boolean;
  sort: 'updated' | 'created' | 'date' | 'title';
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
}

const SORT_COLUMNS: Record<ListDocumentsQuery['sort'], string> = {
  updated: 'd.updated_at',
  created: 'd.created_at',
  date: 'd.date',
  title: 'd.title',
};

export function listDocumentRows(db: Database.Database, query: ListDocumentsQuery): { total: number; rows: DocumentRow[] } {
  const where: string[] = [query.trashed ? 'd.deleted_at IS NOT NULL' : 'd.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (query.kind) {
    where.push('d.kind = @kind');
    params.kind = query.kind;
  }
  if (query.tagPath) {
    // A tag includes its sub-tags: 主题 lists documents tagged 主题/党建联建 too.
    where.push(`d.seq IN (SELECT dt.document_seq FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
                 WHERE t.path = @tag OR t.path LIKE @tagPrefix ESCAPE '\\')`);
    params.tag = query.tagPath;
    params.tagPrefix = `${query.tagPath.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;
  }
  const whereSql = where.join(' AND ');
  const total = (db.prepare(`SELECT count(*) AS n FROM documents d WHERE ${whereSql}`).get(params) as { n: number }).n;
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  // Documents without a date go last whichever way the list is sorted.
  const nullsLast = query.sort === 'date' ? 'd.date IS NULL, ' : '';
  const rows = db
    .prepare(
      `${SELECT_DOCUMENT} WHERE ${whereSql}
       ORDER BY ${nullsLast}${SORT_COLUMNS[query.sort]} ${direction}, d.seq ${direction}
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as DocumentRow[];
  return { total, rows };
}

export function countLiveDocumentsByKind(db: Database.Database): Record<DocumentKind, number> {
  const counts: Record<DocumentKind, number> = { policy: 0, case: 0, practice: 0, news: 0 };
  const rows = db.prepare('SELECT kind, count(*) AS n FROM documents WHERE deleted_at IS NULL GROUP BY kind').all() as { kind: DocumentKind; n: number }[];
  for (const row of rows) counts[row.kind] = row.n;
  return counts;
}

export function countDocuments(db: Database.Database): { live: number; trashed: number } {
  const row = db
    .prepare(
      `SELECT sum(deleted_at IS NULL) AS live, sum(deleted_at IS NOT NULL) AS trashed FROM documents`,
    )
    .get() as { live: number | null; trashed: number | null };
  return { live: row.live ?? 0, trashed: row.trashed ?? 0 };
}
