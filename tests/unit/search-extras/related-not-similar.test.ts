// The reader lists a document once: a republished copy under 相似资料, not again under 相关资料.
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/model/document';
import type { SimilarDocument } from '../../../shared/model/duplicates';
import type { RelatedDocument } from '../../../shared/model/search-extras';
import { relatedNotSimilar } from '../../../shared/search/related-list';

const doc = (id: string) => ({ id, title: `资料${id}` }) as DocumentSummary;
const related = (id: string, reasons: string[]): RelatedDocument => ({ document: doc(id), score: 1, reasons });
const similar = (id: string): SimilarDocument => ({ document: doc(id), similarity: 0.8, pairId: 1, status: 'pending' });

describe('relatedNotSimilar', () => {
  const list = [
    related('copy', ['内容相近（相似度 82%），可能是同一篇的转载或改写', '同一项目：城东安置房项目']),
    related('practice', ['同一做法：“六有一好”']),
    related('keywords', ['共同关键词：农民工夜校']),
  ];

  it('leaves out what 相似资料 lists, whatever other reasons it has', () => {
    expect(relatedNotSimilar(list, [similar('copy')]).map((r) => r.document.id)).toEqual(['practice', 'keywords']);
  });

  it('keeps everything when nothing is similar, and honours the limit after filtering', () => {
    expect(relatedNotSimilar(list, undefined)).toHaveLength(3);
    expect(relatedNotSimilar(list, []).map((r) => r.document.id)).toEqual(['copy', 'practice', 'keywords']);
    expect(relatedNotSimilar(list, [similar('copy')], 1).map((r) => r.document.id)).toEqual(['practice']);
  });
});
