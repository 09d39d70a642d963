import { CasebookError } from '../../../shared/api/errors';
import type { ParsedRequestOf } from '../../../shared/api/contract';
import type { DuplicateList, DuplicatePair, SimilarDocument } from '../../../shared/model/duplicates';
import { findDocumentRowBySeq, summaryFromRow, type DocumentRow } from '../documents/documents-repo';
import { countPendingPairs, findPair, listPairs, pairsOfDocument, type NearDuplicateRow } from './near-duplicates-repo';
import { loadSignatures, shingleCountsOf } from './signatures-repo';
import { bandKeys, SIGNATURE_SCHEME } from './minhash';
import { indexAndLink, similarDocuments } from './near-duplicate-index';
import { roundSimilarity } from './near-duplicate-rule';
import { duplicatePreview } from './preview';
import { ensureSignatures } from './signature-backfill';
import { tagsOfDocument } from '../tags/tags-repo';
import type { Library } from '../core/library';
import { requireDocumentRow } from '../documents/documents-service';
import { keepBothDocuments, mergeDocuments } from './duplicates-merge';
import type { StoredSignature } from './signatures-repo';

export { ensureSignatures };

/**
 * At import, inside the transaction that inserted the document: stores its signature and links it to
 * its nearest duplicate in the library, if any. What the import report says about it.
 */
export function linkImportedDocument(
  library: Library,
  document: { seq: number; text: string; docNumber: string | null },
  now: string,
  /** The text's signature when the parse worker computed it already. */
  signature?: StoredSignature,
): { nearDuplicateOf: string | null; similarity: number | null } {
  const match = indexAndLink(library.db, { ...document, live: true }, now, signature);
  if (!match) return { nearDuplicateOf: null, similarity: null };
  const row = findDocumentRowBySeq(library.db, match.seq);
  return { nearDuplicateOf: row?.id ?? null, similarity: match.similarity };
}

function requireRow(library: Library, seq: number): DocumentRow {
  const row = findDocumentRowBySeq(library.db, seq);
  if (!row) throw new CasebookError('NOT_FOUND', '这对资料中的一份已被彻底删除。', `document seq ${seq}`);
  return row;
}

/** A stored pair with both documents' summaries and where their texts part. */
export function pairFromRow(library: Library, pair: NearDuplicateRow): DuplicatePair {
  const left = requireRow(library, pair.similar_seq);
  const right = requireRow(library, pair.document_seq);
  const kept = pair.kept_seq === null ? undefined : pair.kept_seq === left.seq ? left : pair.kept_seq === right.seq ? right : findDocumentRowBySeq(library.db, pair.kept_seq);
  return {
    id: pair.id,
    similarity: pair.similarity,
    status: pair.status,
    left: summaryFromRow(left, tagsOfDocument(library.db, left.seq)),
    right: summaryFromRow(right, tagsOfDocument(library.db, right.seq)),
    preview: duplicatePreview(left.text, right.text),
    createdAt: pair.created_at,
    resolvedAt: pair.resolved_at,
    resolvedBy: pair.resolved_by,
    keptId: kept?.id ?? null,
  };
}

export function listDuplicates(library: Library, request: ParsedRequestOf<'duplicates.list'>): DuplicateList {
  ensureSignatures(library);
  const { total, rows } = listPairs(library.db, request);
  return { total, pendingCount: countPendingPairs(library.db), items: rows.map((row) => pairFromRow(library, row)) };
}

export function resolveDuplicate(library: Library, request: ParsedRequestOf<'duplicates.resolve'>): DuplicatePair {
  return library.write(() => {
    const pair = findPair(library.db, request.pairId);
    if (!pair) throw new CasebookError('NOT_FOUND', '找不到这对疑似重复资料，其中一份可能已被彻底删除。', `pair ${request.pairId}`);
    if (pair.status !== 'pending') {
      throw new CasebookError('CONFLICT', pair.status === 'merged' ? '这对资料已经合并过了。' : '这对资料已标记为“保留两份”。', `pair ${pair.id} is ${pair.status}`);
    }
    const left = requireRow(library, pair.similar_seq);
    const right = requireRow(library, pair.document_seq);
    if (request.action === 'keepBoth') keepBothDocuments(library, pair);
    else {
      const keepId = request.keepId ?? left.id;
      if (keepId !== left.id && keepId !== right.id) {
        throw new CasebookError('BAD_REQUEST', '要保留的资料不属于这对疑似重复资料。', `keepId ${keepId} not in pair ${pair.id}`);
      }
      const [kept, other] = keepId === left.id ? [left, right] : [right, left];
      mergeDocuments(library, pair, kept, other);
    }
    const updated = findPair(library.db, pair.id);
    if (!updated) throw new CasebookError('INTERNAL', '处理疑似重复资料失败。', `pair ${pair.id} vanished`);
    return pairFromRow(library, updated);
  });
}

/** Documents in the library whose text resembles this one's, most similar first (the reader's 相似资料). */
export function checkDuplicates(library: Library, id: string): SimilarDocument[] {
  ensureSignatures(library);
  const row = requireDocumentRow(library, id);
  const signature = loadSignatures(library.db, [row.seq]).get(row.seq);
  if (!signature) return [];
  const shingleCount = shingleCountsOf(library.db, [row.seq]).get(row.seq) ?? 0;
  const matches = similarDocuments(library.db, row.seq, { scheme: SIGNATURE_SCHEME, shingleCount, signature, bandKeys: bandKeys(signature) });
  const pairs = pairsOfDocument(library.db, row.seq);
  return matches.flatMap((match) => {
    const other = findDocumentRowBySeq(library.db, match.seq);
    if (!other) return [];
    const pair = pairs.find((candidate) => candidate.document_seq === match.seq || candidate.similar_seq === match.seq);
    return [
      {
        document: summaryFromRow(other, tagsOfDocument(library.db, other.seq)),
        similarity: roundSimilarity(match.similarity),
        pairId: pair?.id ?? null,
        status: pair?.status ?? null,
      },
    ];
  });
}
