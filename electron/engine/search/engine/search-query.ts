import type Database from 'better-sqlite3';
import type { SearchHit, SearchResponse } from '../../../../shared/model/search';
import type { DocumentReader, ExcerptedDocument } from './document-rows';
import type { CompiledQuery } from './evaluate';
import { widthFold } from '../../text/normalize';
import { isTraditionalScript } from '../../text/one-to-many';
import { filterSql } from './filters';
import { searchableFields, type FtsIndex } from './fts-index';
import { compileTerm, type TermPattern } from './matcher';
import { parseQuery, type Term } from './query-parser';
import { broad } from './broad-plan';
import { ALL, complete, filterScan, list, PROBE, scanDocuments, seqs, type Plan, type PlanContext, type Request } from './query-plans';
import { narrow, probe, queryCost, RANK_AT_ONCE, rare } from './ranked-plans';
import { markersExpression } from './senses';
import { snippetFor } from './snippet';
import { occurrenceNeedles, wholeText } from './text-excerpt';

export interface QueryContext {
  db: Database.Database;
  reader: DocumentReader;
  fts: FtsIndex;
  /** Documents per index token (counted up to RARE + 1) found by earlier queries; the engine clears it on every index write. */
  rarity?: Map<string, number>;
  /** Seqs of trashed documents, cached by the engine until the library changes. */
  trashed?: () => ReadonlySet<number>;
}

function compile(terms: readonly Term[], notices: string[]): TermPattern[] {
  const out: TermPattern[] = [];
  for (const term of terms) {
    const pattern = compileTerm(term.text);
    if (pattern) out.push(pattern);
    else if (term.text.trim() !== '') notices.push(`“${term.text}”只含标点或符号，已忽略。`);
  }
  return out;
}

/** The FTS5 expression for the whole query; terms never carry FTS5 syntax (see tokenizer.ts). */
function expressions(query: CompiledQuery): { match: string | null; anyTerm: string | null; anyExcluded: string | null } {
  const positive = query.groups.map((group) =>
    group.length === 1 ? (group[0]?.fts ?? '') : `(${group.map((p) => p.fts).join(' OR ')})`,
  );
  // A document without the markers that may refuse an excluded term matches it as the index says;
  // one with them is read and checked (senses.ts).
  const excluded = query.excluded.map((p) => {
    const risky = markersExpression(p.risky);
    return risky === null ? p.fts : `(${p.fts} NOT (${risky}))`;
  });
  const flat = query.groups.flat();
  const anyTerm = flat.length === 0 ? null : flat.map((p) => p.fts).join(' OR ');
  const anyExcluded = excluded.length > 0 ? excluded.join(' OR ') : null;
  if (positive.length === 0) return { match: anyExcluded, anyTerm, anyExcluded };
  const and = positive.join(' AND ');
  return { match: anyExcluded === null ? and : `(${and}) NOT (${anyExcluded})`, anyTerm, anyExcluded };
}

function choosePlan(p: PlanContext, indexReady: boolean): Plan {
  if (!indexReady) {
    const where = ['d.deleted_at IS NULL', ...p.filters.conditions].join(' AND ');
    const order = 'ORDER BY d.date DESC, d.seq DESC';
    const all = p.db.prepare<unknown[], number>(`SELECT d.seq FROM documents d WHERE ${where} ${order}`).pluck();
    return scanDocuments(p, all.all(...p.filters.params));
  }
  if (p.query.groups.length === 0) return list(p);
  const cost = queryCost(p);
  const { atMost } = cost;
  if (cost.cost === 'rare' && atMost <= RANK_AT_ONCE) return rare(p);
  // Likely small: a bound this low (a common word beside rare terms) is seldom past PROBE once the
  // terms must all match; alternatives (OR) seldom overlap, so their bound is close to their answer.
  const probed = probe(p, atMost <= RANK_AT_ONCE && p.query.groups.every((group) => group.length === 1));
  if (probed.length <= PROBE) return narrow(p, probed, cost);
  const scanned = filterScan(p);
  if (scanned) return scanned;
  if (p.request.sort === 'date') return complete(p);
  return broad(p, probed, atMost);
}

interface Resolved {
  plan: Plan;
  patterns: TermPattern[];
  /** The terms are one group of alternatives (one term, or A OR B), not several that must all match. */
  oneGroup: boolean;
  /**
   * Which of the given documents have a sense marker that may refuse a term (senses.ts); undefined
   * when the index did not answer. A document without one has no listed character whose sense its
   * script decides, so its snippet needs no script judged.
   */
  marked?: (seqs: readonly number[]) => ReadonlySet<number>;
  notices: string[];
}

function resolve(ctx: QueryContext, request: Request): Resolved {
  const parsed = parseQuery(request.query);
  const notices = [...parsed.notices];
  const query: CompiledQuery = {
    groups: parsed.groups.map((group) => compile(group, notices)).filter((group) => group.length > 0),
    excluded: compile(parsed.excluded, notices),
  };
  const patterns = query.groups.flat();
  const oneGroup = query.groups.length <= 1;
  if (query.groups.length === 0 && query.excluded.length === 0 && parsed.filters.length === 0) {
    if (notices.length === 0) notices.push('请输入检索词或筛选条件。');
    return { plan: { total: 0, page: [], estimated: false }, patterns, oneGroup, notices };
  }
  const risky = markersExpression([...new Set([...patterns, ...query.excluded].flatMap((p) => p.risky))]);
  const verifyCandidates = risky !== null;
  const { match, anyTerm, anyExcluded } = expressions(query);
  const context = (target: 's' | 'd'): PlanContext => {
    const filters = filterSql(ctx.db, parsed.filters, target);
    const { rarity, trashed } = ctx;
    return {
      db: ctx.db,
      reader: ctx.reader,
      ...(rarity ? { rarity } : {}),
      ...(trashed ? { trashed } : {}),
      query,
      filters,
      request,
      match,
      anyTerm,
      anyExcluded,
      verifyCandidates,
      risky,
    };
  };
  if (ctx.fts.status() === 'ready') {
    try {
      const p = context('s');
      const plan = choosePlan(p, true);
      notices.push(...p.filters.notices);
      if (plan.estimated) {
        notices.push(`结果较多，约 ${plan.total} 篇（估计数）；标题、做法名称或标签命中的排在前面，其余按加入时间由近到远。`);
      }
      const marked = (page: readonly number[]): ReadonlySet<number> => {
        if (risky === null) return new Set();
        if (p.riskySeqs) return p.riskySeqs;
        return new Set(
          seqs(p, 'SELECT rowid FROM document_fts WHERE document_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))', [
            risky,
            JSON.stringify(page),
          ]),
        );
      };
      return { plan, patterns, oneGroup, notices, marked };
    } catch {
      // The index could not be read (damaged): answer by scanning until it is rebuilt.
      ctx.fts.invalidate();
    }
  }
  const p = context('d');
  notices.push(...p.filters.notices, '检索索引尚未就绪，本次逐篇查找，可能较慢。');
  return { plan: choosePlan(p, false), patterns, oneGroup, notices };
}

function hits(ctx: QueryContext, { plan, patterns, oneGroup, marked }: Resolved): SearchHit[] {
  const scores = new Map(plan.page.map((r) => [r.seq, r.score]));
  let withMarkers: ReadonlySet<number> | undefined;
  try {
    withMarkers = marked?.(plan.page.map((r) => r.seq));
  } catch {
    // The index could not be read: the scripts are judged from the texts.
  }
  const page = plan.page.map((r) => r.seq);
  // Decoding whole texts was most of a page's cost: terms of CJK characters are found in the texts'
  // bytes and a window around them is decoded. Several terms that must all match are seldom close
  // enough for a window to settle the snippet: their texts are decoded whole at once.
  const needles = oneGroup ? occurrenceNeedles(patterns) : null;
  const loaded: ExcerptedDocument[] = needles
    ? ctx.reader.loadExcerpts(page, needles)
    : ctx.reader.load(page).map(({ text, ...doc }) => ({ doc, excerpt: wholeText(text) }));
  return loaded.map(({ doc, excerpt }) => {
    let full: string | undefined;
    const fullText = () => (full ??= excerpt.whole());
    // The whole document's script, as evaluate.ts judges it: asked for only when the body does not tell.
    const documentScript = () => {
      const fields = searchableFields({ ...doc, text: fullText() });
      return isTraditionalScript(widthFold([fields.title, fields.practice, fields.body, fields.meta].join('\n')));
    };
    return {
      id: doc.id,
      title: doc.title,
      kind: doc.kind,
      date: doc.date,
      score: scores.get(doc.seq) ?? 0,
      // Without a marker, every bare 范 (党, 干 …) of the document is in a unit judged simplified.
      snippet: snippetFor({ ...excerpt, whole: fullText }, patterns, {
        documentScript,
        ...(withMarkers && !withMarkers.has(doc.seq) ? { textScript: () => false } : {}),
      }),
      region: doc.region,
      source: doc.source,
      issuer: doc.issuer,
      tags: doc.tags,
    };
  });
}

export function runQuery(ctx: QueryContext, request: Request): SearchResponse {
  const started = performance.now();
  const resolved = resolve(ctx, request);
  const { plan, notices } = resolved;
  return {
    total: plan.total,
    estimated: plan.estimated,
    hits: hits(ctx, resolved),
    notice: notices.length > 0 ? [...new Set(notices)].join(' ') : null,
    tookMs: Math.round((performance.now() - started) * 100) / 100,
  };
}

/** Every matching document seq, in result order (facets, saved-search counts). */
export function matchingSeqs(ctx: QueryContext, query: string, sort: Request['sort'] = 'relevance'): number[] {
  return resolve(ctx, { query, sort, offset: 0, limit: ALL }).plan.page.map((r) => r.seq);
}

/** Every matching document id, in result order, without snippets ("select all", facets). */
export function matchingIds(ctx: QueryContext, query: string, sort: Request['sort'] = 'relevance'): string[] {
  const seqs = matchingSeqs(ctx, query, sort);
  const ids = new Map(
    ctx.db
      .prepare<[string], { seq: number; id: string }>('SELECT seq, id FROM documents WHERE seq IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(seqs))
      .map((row) => [row.seq, row.id]),
  );
  return seqs.flatMap((seq) => ids.get(seq) ?? []);
}
