import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trashDocuments } from '../../../electron/engine/documents/documents-service';
import { relatedDocuments } from '../../../electron/engine/search/related-service';
import { withTempLibrary } from '../../helpers/temp-library';
import { loadRelatedFixtures } from './related-fixture';

let fixture: ReturnType<typeof withTempLibrary>;
let ids: Map<string, string>;
const id = (key: string) => ids.get(key) ?? key;

beforeEach(async () => {
  fixture = withTempLibrary();
  ids = await loadRelatedFixtures(fixture.library);
});
afterEach(() => fixture.cleanup());

describe('相关资料', () => {
  it('lists the republished copy, the same practice, project and organisation, then shared keywords', () => {
    const related = relatedDocuments(fixture.library, id('case'), 10);
    const keys = related.map((r) => [...ids].find(([, value]) => value === r.document.id)?.[0]);
    // The republished copy, then the same practice elsewhere, the same project, a report that mentions
    // the practice, the same company, and last a report sharing only a rare term; nothing unrelated.
    expect(keys).toEqual(['copy', 'samePractice', 'sameProject', 'mentions', 'sameOrganization', 'keywords']);
    const reasons = (key: string) => related.find((r) => r.document.id === id(key))?.reasons.join(' ') ?? '';
    expect(reasons('copy')).toMatch(/内容相近（相似度 \d+%）/);
    expect(reasons('samePractice')).toContain('同一做法：“六有一好”');
    expect(reasons('mentions')).toContain('提到同一做法：“六有一好”');
    expect(reasons('sameProject')).toContain('同一项目：城东安置房项目');
    expect(reasons('sameOrganization')).toContain('同一单位：温州城建集团');
    expect(reasons('keywords')).toMatch(/共同关键词：.*农民工夜校/);
  });

  it('never lists the document itself or documents in the 回收站, and honours the limit', () => {
    trashDocuments(fixture.library, [id('copy')]);
    const related = relatedDocuments(fixture.library, id('case'), 3);
    expect(related).toHaveLength(3);
    expect(related.map((r) => r.document.id)).not.toContain(id('case'));
    expect(related.map((r) => r.document.id)).not.toContain(id('copy'));
    expect(related[0]?.document.id).toBe(id('samePractice'));
  });

  it('finds nothing for a document that shares nothing rare', () => {
    expect(relatedDocuments(fixture.library, id('unrelated3'), 10)).toEqual([]);
  });

  it('refuses an unknown document with a clear message', () => {
    expect(() => relatedDocuments(fixture.library, 'nosuchdoc', 5)).toThrow(/找不到编号为“nosuchdoc”的资料/);
  });
});
