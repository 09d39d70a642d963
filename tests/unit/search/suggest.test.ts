import { beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from './search-fixture';

describe('suggest', () => {
  let lib: Library;
  beforeEach(() => {
    lib = openLibrary();
    lib.put({ id: 'a', kind: 'case', title: '安置房项目党建联建经验', practiceName: '红领筑建', region: '浙江省温州市鹿城区', date: '2023-06-02', tags: ['主题/党建联建'] });
    lib.put({ id: 'b', kind: 'policy', title: '关于推进清廉工地建设的通知', issuer: '温州市住房和城乡建设局', region: '浙江省温州市' });
    lib.put({ id: 'c', kind: 'practice', title: '寧波杭州灣新區“一黨員一項目”', practiceName: '一党员一项目', region: '浙江省宁波市' });
    lib.put({ id: 'd', kind: 'news', title: 'BIM technology on site', region: '浙江省杭州市', tags: ['技术/technology'] });
  });

  const labels = (prefix: string) => lib.engine.suggest(prefix, 10).map((s) => `${s.type}:${s.label}`);

  it('suggests titles, practice names, tags, issuers and regions as the user types', () => {
    expect(labels('党建联')).toEqual(expect.arrayContaining(['document:安置房项目党建联建经验', 'tag:主题/党建联建']));
    expect(labels('红领')).toContain('practice:红领筑建');
    expect(labels('住房和城乡')).toContain('issuer:温州市住房和城乡建设局');
    expect(labels('温州市')).toEqual(expect.arrayContaining(['region:浙江省温州市', 'region:浙江省温州市鹿城区']));
  });

  it('gives the document id and a detail line for documents', () => {
    const [first] = lib.engine.suggest('清廉工地', 5);
    expect(first).toEqual({ type: 'document', label: '关于推进清廉工地建设的通知', documentId: 'b', collectionId: null, detail: '政策文件' });
    const practice = lib.engine.suggest('红领筑建', 5).find((s) => s.type === 'practice');
    expect(practice).toEqual({ type: 'practice', label: '红领筑建', documentId: null, collectionId: null, detail: '1 篇资料' });
    expect(lib.engine.suggest('党建联建', 5).find((s) => s.type === 'tag')?.detail).toBe('标签 · 1 篇资料');
  });

  it('folds traditional and simplified, and full-width forms, both ways', () => {
    expect(labels('宁波杭州湾')).toContain('document:寧波杭州灣新區“一黨員一項目”');
    expect(labels('一黨員')).toContain('practice:一党员一项目');
    expect(labels('ＢＩＭ')).toContain('document:BIM technology on site');
  });

  it('completes a word being typed and tolerates a typo in a latin word', () => {
    expect(labels('techn')).toEqual(expect.arrayContaining(['document:BIM technology on site', 'tag:技术/technology']));
    expect(labels('tecnology')).toContain('tag:技术/technology');
  });

  it('tolerates one wrong character in a Chinese name', () => {
    expect(labels('清廉公地建设')).toContain('document:关于推进清廉工地建设的通知');
  });

  it('puts labels that start with what was typed first', () => {
    lib.put({ id: 'f', title: '党建联建工作要点' });
    expect(labels('党建联建')[0]).toBe('document:党建联建工作要点');
    expect(lib.engine.suggest('一党员', 5)[0]?.label).toBe('一党员一项目');
  });

  it('follows writes: new, renamed, trashed and purged documents, and new tags', () => {
    expect(labels('清廉工地')).toContain('document:关于推进清廉工地建设的通知');
    lib.put({ id: 'e', title: '欠薪治理专项行动', tags: ['主题/欠薪治理'] });
    expect(labels('欠薪')).toEqual(expect.arrayContaining(['document:欠薪治理专项行动', 'tag:主题/欠薪治理']));
    lib.put({ id: 'b', kind: 'policy', title: '关于推进文明施工的通知', issuer: '温州市住房和城乡建设局' });
    expect(labels('清廉工地')).not.toContain('document:关于推进清廉工地建设的通知');
    lib.trash('e');
    expect(labels('欠薪')).toEqual(['tag:主题/欠薪治理']);
    lib.purge('a');
    expect(labels('红领')).toEqual([]);
  });

  it('returns nothing for empty or punctuation-only input and respects the limit', () => {
    expect(lib.engine.suggest('', 10)).toEqual([]);
    expect(lib.engine.suggest('“”，。', 10)).toEqual([]);
    expect(lib.engine.suggest('浙江', 2)).toHaveLength(2);
  });
});
