import type Database from 'better-sqlite3';
import { KIND_LABELS, type DocumentKind } from '../../../../shared/model/document';
import type { FacetField, FacetValue, SearchFacets } from '../../../../shared/model/search-extras';
import { FIELD_LABELS } from '../../../../shared/search/query-fields';
import { hasCollections } from './filters';

/** Values shown per facet, most documents first. */
export const FACET_VALUES = 12;

/**
 * A filter as staff would type it (类型:典型案例, 地区:“温州 龙湾”): the field's Chinese name and the
 * value as shown, quoted when it has spaces or quotes, so the query parser reads it back as one token.
 */
export function filterToken(field: FacetField, value: string): string {
  const shown = field === 'kind' ? (KIND_LABELS[value as DocumentKind] ?? value) : value;
  const plain = /^[^\s"“”「」『』]+$/u.test(shown);
  return `${FIELD_LABELS[field]}:${plain ? shown : `“${shown.replace(/[“”]/g, '')}”`}`;
}

interface Row {
  label: string | number | null;
  count: number;
}

/**
 * Counts per kind, region, year, tag, issuer and collection over the given documents (every match
 * of the current query). Labels are as stored; each value carries the filter that selects it.
 * With `indexReady`, kind, year, region and issuer come from the index's small search_docs rows
 * (a documents row carries the whole text, slow to step over for tens of thousands of matches).
 */
export function computeFacets(db: Database.Database, seqs: readonly number[], indexReady = false): SearchFacets {
  const json = JSON.stringify(seqs);
  const matched = 'SELECT value FROM json_each(?)';
  const grouped = (sql: string): Row[] => db.prepare<[string, number], Row>(sql).all(json, FACET_VALUES);
  const table = indexReady ? 'search_docs' : 'documents';
  const columnOf = (field: 'kind' | 'region' | 'issuer') => (indexReady && field !== 'kind' ? `${field}_label` : field);
  const byColumn = (field: 'kind' | 'region' | 'issuer') => {
    const column = columnOf(field);
    return grouped(`SELECT ${column} AS label, count(*) AS count FROM ${table}
      WHERE seq IN (${matched}) AND ${column} IS NOT NULL AND trim(${column}) <> ''
      GROUP BY ${column} ORDER BY count DESC, ${column} LIMIT ?`);
  };
  const yearOf = indexReady ? 'year' : 'coalesce(year, CAST(substr(date, 1, 4) AS INTEGER))';
  const values = (field: FacetField, rows: Row[], label = (value: string) => value): FacetValue[] =>
    rows.flatMap((row) => {
      if (row.label === null) return [];
      const value = String(row.label).trim();
      return [{ label: label(value), count: row.count, filter: filterToken(field, value) }];
    });

  const year = grouped(`SELECT y AS label, count(*) AS count FROM (
      SELECT ${yearOf} AS y FROM ${table} WHERE seq IN (${matched}))
    WHERE y IS NOT NULL AND y > 0 GROUP BY y ORDER BY y DESC LIMIT ?`);
  const tag = grouped(`SELECT t.path AS label, count(*) AS count FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
    WHERE dt.document_seq IN (${matched}) GROUP BY t.id ORDER BY count DESC, t.path LIMIT ?`);
  const collection = hasCollections(db)
    ? grouped(`SELECT c.name AS label, count(DISTINCT d.seq) AS count FROM collection_items ci
        JOIN collections c ON c.id = ci.collection_id JOIN documents d ON d.id = ci.document_id
        WHERE c.deleted_at IS NULL AND d.seq IN (${matched}) GROUP BY c.id ORDER BY count DESC, c.name LIMIT ?`)
    : [];

  return {
    total: seqs.length,
    facets: {
      kind: values('kind', byColumn('kind'), (kind) => KIND_LABELS[kind as DocumentKind] ?? kind),
      region: values('region', byColumn('region')),
      year: values('year', year),
      tag: values('tag', tag),
      issuer: values('issuer', byColumn('issuer')),
      collection: values('collection', collection),
    },
  };
}
