import type { SimilarDocument } from '../model/duplicates';
import type { RelatedDocument } from '../model/search-extras';

/** 相关资料 shown beside the text. */
export const RELATED_SHOWN = 8;

/**
 * 相关资料 without the documents 相似资料 already lists just above it (a republished copy is both
 * similar and related): each document is listed once, under 相似资料 with its 查重 status.
 */
export function relatedNotSimilar(related: readonly RelatedDocument[], similar: readonly SimilarDocument[] | undefined, limit = RELATED_SHOWN): RelatedDocument[] {
  const listed = new Set((similar ?? []).map((item) => item.document.id));
  return related.filter((item) => !listed.has(item.document.id)).slice(0, limit);
}
