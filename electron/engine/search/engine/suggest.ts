import type Database from 'better-sqlite3';
import { KIND_LABELS, type DocumentKind } from '../../../../shared/model/document';
import type { Suggestion } from '../../../../shared/model/search';
import { normalizeText } from '../../text/normalize';
import { createValueIndex, queryTerms, type ValueEntry } from './suggest-values';
import { CJK, ftsPhrase, phraseTokens, segments, type Segment } from './tokenizer';

/**
 * Search-as-you-type (the search box and the command palette). Document titles are looked up in
 * the small fields index (exact substrings, no memory held, nothing to build); tags, practice names,
 * issuers, regions and collections (专辑) come from a small minisearch index (suggest-values.ts).
 * A mistyped character in a Chinese title is tolerated by also looking for the parts of what was
 * typed on either side of each character.
 */

export interface SuggestIndex {
  /** Something was written; suggestions read the database again. */
  touch(): void;
  suggest(prefix: string, limit: number): Suggestion[];
}

interface TitleRow {
  id: string;
  title: string;
  kind: DocumentKind;
  date: string | null;
}

/** Titles looked at per suggestion, newest first, before ranking. */
const CANDIDATES = 100;

/** The FTS5 title expression for what was typed; the last word or character is a prefix. */
function titleExpression(parts: readonly Segment[]): string | null {
  const phrase = phraseTokens(parts);
  if (!phrase) return null;
  const last = parts[parts.length - 1];
  return `{title} : ${ftsPhrase({ tokens: phrase.tokens, prefix: phrase.prefix || last?.kind !== CJK })}`;
}

/** Titles containing the parts left and right of one character, for each character typed. */
function typoExpression(typed: string): string | null {
  const chars = Array.from(typed);
  if (chars.length < 3) return null;
  const alternatives: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const pieces = [chars.slice(0, i).join(''), chars.slice(i + 1).join('')].filter((piece) => Array.from(piece).length >= 2);
    const phrases = pieces.flatMap((piece) => {
      const p = phraseTokens(segments(piece));
      return p ? [ftsPhrase({ tokens: p.tokens, prefix: false })] : [];
    });
    if (phrases.length > 0) alternatives.push(`(${phrases.join(' AND ')})`);
  }
  return alternatives.length > 0 ? `{title} : (${alternatives.join(' OR ')})` : null;
}

/** How well a label fits what was typed: starts with it, contains it, or shares most of its bigrams. */
function fit(label: string, wanted: string, terms: readonly string[]): number {
  const folded = normalizeText(label);
  if (folded.startsWith(wanted)) return 0;
  if (folded.includes(wanted)) return 1;
  const shared = terms.filter((term) => folded.includes(term)).length;
  return shared * 2 >= terms.length ? 2 : 3;
}

function valueDetail(entry: ValueEntry): string {
  if (entry.type === 'tag') return `标签 · ${entry.count} 篇资料`;
  if (entry.type === 'collection') return `专辑 · ${entry.count} 条`;
  return `${entry.count} 篇资料`;
}

export function createSuggestIndex(db: Database.Database): SuggestIndex {
  const values = createValueIndex(db);
  const titles = db.prepare<[string, number], TitleRow>(
    `SELECT d.id, d.title, s.kind, s.date FROM document_fields_fts f
     JOIN search_docs s ON s.seq = f.rowid JOIN documents d ON d.seq = f.rowid
     WHERE document_fields_fts MATCH ? AND s.deleted = 0 ORDER BY f.rowid DESC LIMIT ?`,
  );

  function documents(typed: string, limit: number): { suggestion: Suggestion; rank: number }[] {
    const parts = segments(typed);
    const exact = titleExpression(parts);
    if (!exact) return [];
    const rows = titles.all(exact, CANDIDATES);
    const typo = rows.length < limit && parts.length === 1 && parts[0]?.kind === CJK ? typoExpression(typed) : null;
    if (typo) for (const row of titles.all(typo, CANDIDATES)) if (!rows.some((r) => r.id === row.id)) rows.push(row);
    const terms = queryTerms(typed);
    return rows.map((row) => ({
      suggestion: {
        type: 'document' as const,
        label: row.title,
        documentId: row.id,
        collectionId: null,
        detail: [KIND_LABELS[row.kind], row.date].filter(Boolean).join(' · '),
      },
      // After the values that fit as well; shorter titles first.
      rank: fit(row.title, typed, terms) * 1000 + 100 + Math.min(899, row.title.length),
    }));
  }

  return {
    touch() {
      values.touch();
    },
    suggest(prefix, limit) {
      const typed = normalizeText(prefix.trim());
      if (limit <= 0 || queryTerms(typed).length === 0) return [];
      const terms = queryTerms(typed);
      const fromValues = values.search(prefix).map(({ entry, score }) => ({
        suggestion: {
          type: entry.type,
          label: entry.label,
          documentId: null,
          collectionId: entry.type === 'collection' ? entry.ref : null,
          detail: valueDetail(entry),
        },
        // Values (a tag, a practice, a collection) stand for many documents: ahead of single titles that fit as well.
        // minisearch already vetted them (all terms, or most, or a close spelling).
        rank: Math.min(2, fit(entry.label, typed, terms)) * 1000 + 100 - Math.min(99, Math.round(score)),
      }));
      return [...fromValues, ...documents(typed, limit)]
        .filter((item) => item.rank < 3000)
        .sort((a, b) => a.rank - b.rank)
        .slice(0, limit)
        .map((item) => item.suggestion);
    },
  };
}
