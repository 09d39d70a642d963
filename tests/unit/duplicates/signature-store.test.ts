import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CANDIDATES_SQL } from '../../../electron/engine/duplicates/signatures-repo';
import { BANDS } from '../../../electron/engine/duplicates/minhash';
import type { Library } from '../../../electron/engine/core/library';
import { purgeDocuments, restoreDocuments, trashDocuments } from '../../../electron/engine/documents/documents-service';
import { checkDuplicates, listDuplicates } from '../../../electron/engine/duplicates/duplicates-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { withTempLibrary } from '../../helpers/temp-library';
import { FIXTURE, fixtureBytes, importFixture } from './near-duplicate-fixtures';

let context: ReturnType<typeof withTempLibrary>;
let library: Library;

beforeEach(() => {
  context = withTempLibrary();
  library = context.library;
});
afterEach(() => context.cleanup());

function count(sql: string, ...params: unknown[]): number {
  return (library.db.prepare(sql).get(...params) as { n: number }).n;
}

function seqOf(id: string): number {
  return (library.db.prepare('SELECT seq FROM documents WHERE id = ?').get(id) as { seq: number }).seq;
}

const pending = () => listDuplicates(library, { status: 'pending', offset: 0, limit: 100 });

describe('signatures and pairs follow every write', () => {
  it('signs each imported document in the same write and links a near duplicate with its similarity', async () => {
    const first = await importFixture(library, FIXTURE.siteA);
    expect(first).toMatchObject({ nearDuplicateOf: null, similarity: null });
    expect(count('SELECT count(*) AS n FROM minhash_signatures WHERE document_seq = ? AND signature IS NOT NULL', seqOf(first.id))).toBe(1);
    expect(count('SELECT count(*) AS n FROM minhash_bands WHERE document_seq = ?', seqOf(first.id))).toBe(BANDS);

    const second = await importFixture(library, FIXTURE.siteB);
    expect(second.status).toBe('imported');
    expect(second.nearDuplicateOf).toBe(first.id);
    expect(second.similarity).toBeGreaterThan(0.75);
    expect(second.similarity).toBe(Math.round((second.similarity ?? 0) * 100) / 100);
    const list = pending();
    expect(list).toMatchObject({ total: 1, pendingCount: 1 });
    expect(list.items[0]).toMatchObject({ status: 'pending', left: { id: first.id }, right: { id: second.id }, similarity: second.similarity });
    expect(count('SELECT count(*) AS n FROM documents')).toBe(count('SELECT count(*) AS n FROM minhash_signatures'));
  });

  it('reports an exact duplicate as before, without a near-duplicate link', async () => {
    const first = await importFixture(library, FIXTURE.siteA);
    const again = await importBytes(library, 'copy.txt', fixtureBytes(FIXTURE.siteA));
    expect(again).toMatchObject({ status: 'duplicate', duplicateOf: first.id, nearDuplicateOf: null, similarity: null });
    expect(pending().total).toBe(0);
  });

  it('does not link a different story with the same slogans, nor two notices with different 发文字号', async () => {
    await importFixture(library, FIXTURE.siteA);
    expect((await importFixture(library, FIXTURE.otherStory)).nearDuplicateOf).toBeNull();
    await importFixture(library, FIXTURE.noticeWenzhou);
    expect((await importFixture(library, FIXTURE.noticeTaizhou)).nearDuplicateOf).toBeNull();
    expect(pending().total).toBe(0);
  });

  it('still links a template notice when one of the two has no 发文字号', async () => {
    const wenzhou = await importFixture(library, FIXTURE.noticeWenzhou);
    const text = fixtureBytes(FIXTURE.noticeTaizhou).toString('utf8').replace('台住建〔2024〕41号', '');
    const taizhou = await importBytes(library, 'taizhou-no-number.txt', Buffer.from(text));
    expect(taizhou.docNumber).toBeNull();
    expect(taizhou.nearDuplicateOf).toBe(wenzhou.id);
  });

  it('leaves documents in the trash out of matching, and hides their pending pairs until restored', async () => {
    const first = await importFixture(library, FIXTURE.siteA);
    trashDocuments(library, [first.id]);
    const second = await importFixture(library, FIXTURE.siteB);
    expect(second.nearDuplicateOf).toBeNull();

    const third = await importFixture(library, FIXTURE.siteC);
    expect(third.nearDuplicateOf).toBe(second.id);
    trashDocuments(library, [second.id]);
    expect(pending()).toMatchObject({ total: 0, pendingCount: 0 });
    expect(checkDuplicates(library, third.id)).toEqual([]);
    restoreDocuments(library, [second.id, first.id]);
    expect(pending().total).toBe(1);
    expect(checkDuplicates(library, third.id).map((similar) => similar.document.id)).toEqual([first.id, second.id]);
  });

  it('drops the signature, bands and pairs of a purged document', async () => {
    const first = await importFixture(library, FIXTURE.siteA);
    const second = await importFixture(library, FIXTURE.siteB);
    const seq = seqOf(second.id);
    trashDocuments(library, [second.id]);
    await purgeDocuments(library, [second.id]);
    expect(count('SELECT count(*) AS n FROM minhash_signatures WHERE document_seq = ?', seq)).toBe(0);
    expect(count('SELECT count(*) AS n FROM minhash_bands WHERE document_seq = ?', seq)).toBe(0);
    expect(count('SELECT count(*) AS n FROM near_duplicates')).toBe(0);
    // The freed seq is reused by the next document: nothing stale may point at it.
    const next = await importFixture(library, FIXTURE.otherStory);
    expect(seqOf(next.id)).toBe(seq);
    expect(next.nearDuplicateOf).toBeNull();
    expect(checkDuplicates(library, first.id)).toEqual([]);
  });

  it('keeps no bands for a text too short to compare, and never matches it', async () => {
    const short = await importBytes(library, '短讯.txt', Buffer.from('党建联建推进会召开\n\n会议部署了下一步工作。'));
    expect(short.status).toBe('imported');
    const seq = seqOf(short.id ?? '');
    expect(count('SELECT count(*) AS n FROM minhash_signatures WHERE document_seq = ? AND signature IS NULL', seq)).toBe(1);
    expect(count('SELECT count(*) AS n FROM minhash_bands WHERE document_seq = ?', seq)).toBe(0);
    const similar = await importBytes(library, '短讯2.txt', Buffer.from('党建联建推进会召开\n\n会议部署了下一步的工作。'));
    expect(similar.nearDuplicateOf).toBeNull();
  });

  it('finds candidates through the band index, never by scanning the library', () => {
    const plan = library.db.prepare(`EXPLAIN QUERY PLAN ${CANDIDATES_SQL}`).all({ keys: '[1,2]', exclude: 0, limit: 64 }) as { detail: string }[];
    const details = plan.map((row) => row.detail);
    expect(details.some((detail) => /SEARCH b USING PRIMARY KEY \(band_key=\?\)/.test(detail)), details.join('\n')).toBe(true);
    expect(details.some((detail) => /SCAN (b|d)\b/.test(detail)), details.join('\n')).toBe(false);
  });
});
