import { describe, expect, it } from 'vitest';
import { PROBE } from '../../../electron/engine/search/engine/query-plans';
import { RANK_AT_ONCE, RARE } from '../../../electron/engine/search/engine/ranked-plans';
import { openLibrary } from './search-fixture';

const FILLER = '施工现场秩序井然，各参建单位各司其职，工程进度按计划推进。';

describe('ranking', () => {
  it('puts a title hit before a body hit', () => {
    const lib = openLibrary();
    lib.put({ id: 'body', title: '某项目工作简报', text: `${FILLER}项目开展党建联建活动。${FILLER}` });
    lib.put({ id: 'title', title: '党建联建工作简报', text: FILLER.repeat(2) });
    expect(lib.ids('党建联建')).toEqual(['title', 'body']);
  });

  it('puts a practice-name hit before a body hit, and a title hit before both', () => {
    const lib = openLibrary();
    lib.put({ id: 'body', title: '简报一', text: `${FILLER}推行红领筑建工作法。` });
    lib.put({ id: 'practice', title: '简报二', practiceName: '红领筑建', text: FILLER });
    lib.put({ id: 'title', title: '红领筑建经验', text: FILLER });
    expect(lib.ids('红领筑建')).toEqual(['title', 'practice', 'body']);
  });

  it('ranks more occurrences above one when the fields are alike', () => {
    const lib = openLibrary();
    lib.put({ id: 'once', title: '简报', text: `${FILLER}安置房。${FILLER}` });
    lib.put({ id: 'often', title: '简报', text: `安置房建设，安置房交付，安置房质量。${FILLER}` });
    expect(lib.ids('安置房')).toEqual(['often', 'once']);
  });

  it('sorts by date when asked, newest first, undated last', () => {
    const lib = openLibrary();
    lib.put({ id: 'old', title: '党建', text: FILLER, date: '2021-03-01' });
    lib.put({ id: 'undated', title: '党建', text: FILLER });
    lib.put({ id: 'new', title: '党建', text: FILLER, date: '2024-11-15' });
    expect(lib.ids('党建', 'date')).toEqual(['new', 'old', 'undated']);
  });

  it('lists documents by date for a query of filters only', () => {
    const lib = openLibrary();
    lib.put({ id: 'a', kind: 'policy', title: '通知一', text: FILLER, date: '2022-05-24' });
    lib.put({ id: 'b', kind: 'policy', title: '通知二', text: FILLER, date: '2023-01-10' });
    lib.put({ id: 'c', kind: 'news', title: '新闻', text: FILLER, date: '2024-01-10' });
    const response = lib.search('kind:政策文件');
    expect(response.hits.map((h) => h.id)).toEqual(['b', 'a']);
    expect(response.total).toBe(2);
    expect(response.notice).toBeNull();
  });

  it('keeps title hits first when a query matches most of a large library', () => {
    const lib = openLibrary();
    const count = Math.max(PROBE, RARE) + 100;
    for (let i = 0; i < count; i++) lib.put({ id: `d${i}`, title: `简报${i}`, text: `${FILLER}开展党建活动。` });
    lib.put({ id: 'old-title', title: '党建工作总结', text: FILLER });
    for (let i = 0; i < 20; i++) lib.put({ id: `late${i}`, title: `简报${i}`, text: `${FILLER}开展党建活动。` });
    const response = lib.search('党建');
    expect(response.hits[0]?.id).toBe('old-title');
    // The rest follow newest first, and the total says it is an estimate.
    expect(response.hits[1]?.id).toBe('late19');
    expect(response.notice).toMatch(/估计/);
    expect(response.total).toBeGreaterThan(PROBE);
  });

  it('ranks a few matches of a term made of common words by where it is found: title, then tags, then the body newest first', () => {
    const lib = openLibrary();
    // 党建, 建联 and 联建 are each in more than RARE documents; 党建联建 itself in four.
    for (let i = 0; i < RARE + 50; i++) lib.put({ id: `d${i}`, title: `简报${i}`, text: `${FILLER}党建引领，共建联合，联建共享。`, tags: ['党建'] });
    lib.put({ id: 'old-body', title: '简报', text: `${FILLER}推进党建联建。` });
    lib.put({ id: 'tagged', title: '简报', text: `${FILLER}推进党建联建。`, tags: ['党建联建'] });
    lib.put({ id: 'title', title: '党建联建纪实', text: FILLER });
    lib.put({ id: 'new-body', title: '简报', text: `党建联建，${FILLER}` });
    const response = lib.search('党建联建');
    expect(response.hits.map((h) => h.id)).toEqual(['title', 'tagged', 'new-body', 'old-body']);
    expect(response.total).toBe(4);
    expect(response.notice).toBeNull();
  });

  it('ranks rare terms in too many documents to score at once as a broad query', () => {
    const lib = openLibrary();
    // 讲堂交付's tokens are each in fewer than RARE documents, but in more than bm25 is asked to score.
    const many = RANK_AT_ONCE + 50;
    lib.put({ id: 'old-title', title: '讲堂交付纪实', text: FILLER });
    for (let i = 0; i < many; i++) lib.put({ id: `d${i}`, title: `简报${i}`, text: `讲堂交付，讲堂交付。${FILLER}` });
    lib.put({ id: 'newest-once', title: '简报', text: `${FILLER}讲堂交付。` });
    const response = lib.search('讲堂交付');
    expect(response.hits.slice(0, 3).map((h) => h.id)).toEqual(['old-title', 'newest-once', `d${many - 1}`]);
    expect(response.notice).toMatch(/估计/);
    // Estimated, but never more than the rare tokens' own counts allow.
    expect(response.total).toBeLessThanOrEqual(many + 2);
    expect(lib.engine.matchingIds('讲堂交付')).toHaveLength(many + 2);
  });

  it('ranks rare terms by bm25 with an exact total up to what it scores at once', () => {
    const lib = openLibrary();
    const many = PROBE + 50;
    lib.put({ id: 'old-title', title: '讲堂交付纪实', text: FILLER });
    for (let i = 0; i < many; i++) lib.put({ id: `d${i}`, title: `简报${i}`, text: `${FILLER}讲堂交付。` });
    lib.put({ id: 'old-twice', title: '简报', text: `讲堂交付，讲堂交付。${FILLER}` });
    for (let i = 0; i < 5; i++) lib.put({ id: `late${i}`, title: `简报${i}`, text: `${FILLER}讲堂交付。` });
    const response = lib.search('讲堂交付');
    expect(response.hits.slice(0, 2).map((h) => h.id)).toEqual(['old-title', 'old-twice']);
    expect(response.total).toBe(many + 7);
    expect(response.notice).toBeNull();
  });

  it('ranks a few matches of a query excluding a common word by where they are found, then newest first', () => {
    const lib = openLibrary();
    // 党建 is one token in more than RARE documents: bm25 would read all of them to weigh it.
    for (let i = 0; i < RARE + 50; i++) lib.put({ id: `d${i}`, title: `简报${i}`, text: `${FILLER}党建引领。` });
    lib.put({ id: 'old-often', title: '简报', text: `讲堂交付，讲堂交付，讲堂交付。${FILLER}` });
    lib.put({ id: 'old-title', title: '讲堂交付纪实', text: FILLER });
    lib.put({ id: 'excluded', title: '讲堂交付', text: `${FILLER}党建引领。` });
    lib.put({ id: 'new-once', title: '简报', text: `${FILLER}讲堂交付。` });
    const response = lib.search('讲堂交付 -党建');
    expect(response.hits.map((h) => h.id)).toEqual(['old-title', 'new-once', 'old-often']);
    expect(response.total).toBe(3);
  });

  it('ranks a few matches of a rare term and a common word by bm25', () => {
    const lib = openLibrary();
    // 党建 is one token in more than RARE documents; the answer is small, read in the index's order first.
    for (let i = 0; i < RARE + 50; i++) lib.put({ id: `d${i}`, title: `简报${i}`, text: `${FILLER}党建引领。` });
    lib.put({ id: 'old-title', title: '讲堂交付纪实', text: `${FILLER}党建引领。` });
    lib.put({ id: 'old-twice', title: '简报', text: `讲堂交付，讲堂交付。党建引领。${FILLER}` });
    lib.put({ id: 'new-once', title: '简报', text: `${FILLER}党建引领，讲堂交付。` });
    const response = lib.search('党建 讲堂交付');
    expect(response.hits.map((h) => h.id)).toEqual(['old-title', 'old-twice', 'new-once']);
    expect(response.total).toBe(3);
  });

  it('ranks a query of rare terms by bm25 with an exact total', () => {
    const lib = openLibrary();
    for (let i = 0; i < 30; i++) lib.put({ id: `d${i}`, title: `简报${i}`, text: FILLER });
    lib.put({ id: 'once', title: '简报', text: `${FILLER}讲堂交付。` });
    lib.put({ id: 'twice', title: '简报', text: `讲堂交付，讲堂交付。${FILLER}` });
    lib.put({ id: 'title', title: '讲堂交付纪实', text: FILLER });
    const response = lib.search('讲堂交付');
    expect(response.hits.map((h) => h.id)).toEqual(['title', 'twice', 'once']);
    expect(response.total).toBe(3);
    expect(response.notice).toBeNull();
  });
});
