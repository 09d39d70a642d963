import type Database from 'better-sqlite3';
import type { RelatedDocument } from '../../../shared/model/search-extras';
import { findDocumentRow, summaryFromRow, type DocumentRow } from '../documents/documents-repo';
import { tagsOfDocuments } from '../tags/tags-repo';
import type { Library } from '../core/library';
import { documentKeywords } from './engine/keywords';
import { compileTerm } from './engine/matcher';
import { normalizeText } from '../text/normalize';
import { checkDuplicates } from '../duplicates/duplicates-service';
import { requireDocumentRow } from '../documents/documents-service';
import { countLiveDocuments, documentRowsBySeq, ftsMatchSeqs, type FtsTable } from './search-repo';

/**
 * 相关资料 for the document being read, strongest first, each with the reasons a reader can check:
 * a near-duplicate (转载) of it, the same practice name (or a mention of it), the same project, the
 * same organisation, and keywords the two share that are rare in the library.
 */

const WEIGHTS = { duplicate: 100, practice: 60, mentionsPractice: 25, project: 40, organization: 20, keyword: 6 };
const CANDIDATES = 300;
const KEYWORD_CANDIDATES = 60;
const KEYWORDS_USED = 10;
const REASON_KEYWORDS = 3;

interface Entry {
  score: number;
  reasons: string[];
  keywords: { text: string; idf: number }[];
}

function ftsSeqs(db: Database.Database, table: FtsTable, match: string, limit = CANDIDATES): number[] {
  try {
    return ftsMatchSeqs(db, table, match, limit);
  } catch {
    // The index is being rebuilt or unreadable: related documents by the other reasons only.
    return [];
  }
}

function phrase(value: string): string | null {
  return compileTerm(value)?.fts ?? null;
}

const same = (a: string | null, b: string | null) =>
  a !== null && b !== null && a.trim() !== '' && normalizeText(a.trim()) === normalizeText(b.trim());

export function relatedDocuments(library: Library, id: string, limit: number): RelatedDocument[] {
  const db = library.db;
  const doc = requireDocumentRow(library, id);
  const entries = new Map<number, Entry>();
  const entry = (seq: number): Entry | null => {
    if (seq === doc.seq) return null;
    let found = entries.get(seq);
    if (!found) entries.set(seq, (found = { score: 0, reasons: [], keywords: [] }));
    return found;
  };

  for (const similar of checkDuplicates(library, id)) {
    const row = findDocumentRow(db, similar.document.id);
    const e = row && entry(row.seq);
    if (!e) continue;
    e.score += WEIGHTS.duplicate * similar.similarity;
    e.reasons.push(`内容相近（相似度 ${Math.round(similar.similarity * 100)}%），可能是同一篇的转载或改写`);
  }

  const byField = (field: 'practice' | 'meta', value: string | null) => {
    const match = value ? phrase(value) : null;
    return match ? ftsSeqs(db, 'document_fields_fts', `{${field}} : ${match}`) : [];
  };
  const practiceSeqs = byField('practice', doc.practice_name);
  const mentionSeqs = doc.practice_name ? ftsSeqs(db, 'document_fts', phrase(doc.practice_name) ?? '""') : [];
  const projectSeqs = byField('meta', doc.project);
  const organizationSeqs = byField('meta', doc.organization);
  const rows = documentRowsBySeq(db, [...practiceSeqs, ...mentionSeqs, ...projectSeqs, ...organizationSeqs]);

  const practiceSame = new Set<number>();
  for (const seq of practiceSeqs) {
    const row = rows.get(seq);
    const e = entry(seq);
    if (!row || !e || !same(row.practice_name, doc.practice_name)) continue;
    practiceSame.add(seq);
    e.score += WEIGHTS.practice;
    e.reasons.push(`同一做法：“${doc.practice_name}”`);
  }
  for (const seq of mentionSeqs) {
    const e = practiceSame.has(seq) ? null : entry(seq);
    if (!e) continue;
    e.score += WEIGHTS.mentionsPractice;
    e.reasons.push(`提到同一做法：“${doc.practice_name}”`);
  }
  for (const seq of projectSeqs) {
    const row = rows.get(seq);
    const e = entry(seq);
    if (!row || !e || !same(row.project, doc.project)) continue;
    e.score += WEIGHTS.project;
    e.reasons.push(`同一项目：${doc.project}`);
  }
  for (const seq of organizationSeqs) {
    const row = rows.get(seq);
    const e = entry(seq);
    if (!row || !e || !same(row.organization, doc.organization)) continue;
    e.score += WEIGHTS.organization;
    e.reasons.push(`同一单位：${doc.organization}`);
  }

  addSharedKeywords(library, doc, entry);

  // One shared two-character word (人员, 管理) says little: such a document alone is not listed.
  const weak = (e: Entry) => e.reasons.length === 0 && e.keywords.length === 1 && Array.from(e.keywords[0]?.text ?? '').length < 3;
  const ranked = [...entries].filter(([, e]) => e.score > 0 && !weak(e));
  const candidates = documentRowsBySeq(db, ranked.map(([seq]) => seq));
  const live = ranked
    .filter(([seq]) => candidates.get(seq)?.deleted_at === null)
    .map(([seq, e]) => {
      if (e.keywords.length > 0) {
        const words = [...e.keywords].sort((a, b) => b.idf - a.idf).slice(0, REASON_KEYWORDS).map((k) => k.text);
        e.reasons.push(`共同关键词：${words.join('、')}`);
      }
      return { seq, e, row: candidates.get(seq) as DocumentRow };
    })
    .sort((a, b) => b.e.score - a.e.score || (b.row.date ?? '').localeCompare(a.row.date ?? '') || b.seq - a.seq)
    .slice(0, limit);
  const tags = tagsOfDocuments(db, live.map((item) => item.seq));
  return live.map(({ seq, e, row }) => ({
    document: summaryFromRow(row, tags.get(seq) ?? []),
    score: Math.round(e.score * 100) / 100,
    reasons: e.reasons,
  }));
}

/** Keywords of the document that few others have; each shared one adds its rarity (idf). */
function addSharedKeywords(library: Library, doc: DocumentRow, entry: (seq: number) => Entry | null): void {
  const db = library.db;
  const total = countLiveDocuments(db);
  if (total < 3) return;
  const rareAt = Math.max(3, Math.min(Math.ceil(total * 0.2), 1000));
  const known = new Set([doc.practice_name, doc.project, doc.organization].flatMap((v) => (v ? [normalizeText(v)] : [])));
  const scored = documentKeywords(doc.title, doc.text, KEYWORD_CANDIDATES).flatMap((keyword) => {
    if ([...known].some((value) => value.includes(keyword.text))) return [];
    const match = phrase(keyword.text);
    if (!match) return [];
    const seqs = ftsSeqs(db, 'document_fts', match, rareAt + 1);
    const df = seqs.length;
    if (df < 2 || df > rareAt) return [];
    const idf = Math.log((total + 1) / df);
    return [{ text: keyword.text, idf, weight: idf * Math.log2(1 + keyword.count) * Array.from(keyword.text).length, seqs }];
  });
  scored.sort((a, b) => b.weight - a.weight);
  const used: typeof scored = [];
  for (const keyword of scored) {
    // 党建联建 and 联建 say the same: keep the longer, stronger one.
    if (used.some((u) => u.text.includes(keyword.text) || keyword.text.includes(u.text))) continue;
    used.push(keyword);
    if (used.length >= KEYWORDS_USED) break;
  }
  for (const keyword of used) {
    for (const seq of keyword.seqs) {
      const e = entry(seq);
      if (!e) continue;
      e.score += WEIGHTS.keyword * keyword.idf;
      e.keywords.push({ text: keyword.text, idf: keyword.idf });
    }
  }
}
