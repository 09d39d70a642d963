import type Database from 'better-sqlite3';
import { insertPair } from './near-duplicates-repo';
import { candidateSeqs, docNumbersOf, loadSignatures, saveSignature, shingleCountsOf, type StoredSignature } from './signatures-repo';
import { estimateSimilarity } from './minhash';
import { mayBeSameDocument, NEAR_DUPLICATE_THRESHOLD, nearDuplicateScore, roundSimilarity } from './near-duplicate-rule';
import { signatureOfText } from './text-signature';

export { signatureOfText };

/** How many LSH candidates (most shared bands first) get their signatures compared. */
const CANDIDATE_LIMIT = 64;

export interface SimilarityMatch {
  seq: number;
  /** The MinHash estimate, unrounded (for a shortened republication, the share of the shorter text in the other: near-duplicate-rule.ts). */
  similarity: number;
}


/**
 * Documents in the library (not in the trash, not `seq` itself) whose estimated similarity to the
 * signature reaches `threshold`, most similar first. Only LSH candidates are compared: no scan.
 */
export function similarDocuments(db: Database.Database, seq: number, stored: StoredSignature, threshold = NEAR_DUPLICATE_THRESHOLD): SimilarityMatch[] {
  if (!stored.signature) return [];
  const own = stored.signature;
  const seqs = candidateSeqs(db, stored.bandKeys, seq, CANDIDATE_LIMIT);
  const signatures = loadSignatures(db, seqs);
  const counts = shingleCountsOf(db, seqs);
  const matches: SimilarityMatch[] = [];
  for (const candidate of seqs) {
    const other = signatures.get(candidate);
    if (!other) continue;
    const similarity = nearDuplicateScore(estimateSimilarity(own, other), stored.shingleCount, counts.get(candidate) ?? 0);
    if (similarity >= threshold) matches.push({ seq: candidate, similarity });
  }
  return matches.sort((a, b) => b.similarity - a.similarity || a.seq - b.seq);
}

/**
 * Stores a document's signature and, when a document already in the library is its near duplicate,
 * records the pair with the most similar one. Call inside the transaction that wrote the document, so
 * the signature can never lag behind it. The pair always runs from the newer document (higher seq) to
 * the older one.
 */
export function indexAndLink(
  db: Database.Database,
  document: { seq: number; text: string; docNumber: string | null; live: boolean },
  now: string,
  stored: StoredSignature = signatureOfText(document.text),
): { seq: number; similarity: number } | null {
  saveSignature(db, document.seq, stored);
  if (!document.live) return null;
  const matches = similarDocuments(db, document.seq, stored);
  if (matches.length === 0) return null;
  const numbers = docNumbersOf(db, matches.map((match) => match.seq));
  const best = matches.find((match) => mayBeSameDocument({ docNumber: document.docNumber }, { docNumber: numbers.get(match.seq) ?? null }));
  if (!best) return null;
  const similarity = roundSimilarity(best.similarity);
  const [newer, older] = document.seq > best.seq ? [document.seq, best.seq] : [best.seq, document.seq];
  insertPair(db, newer, older, similarity, now);
  return { seq: best.seq, similarity };
}
