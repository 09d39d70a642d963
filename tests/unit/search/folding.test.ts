import { beforeAll, describe, expect, it } from 'vitest';
import { marked, openLibrary, type Library } from './search-fixture';

/** Traditional/simplified folding as the user meets it through search. */
describe('folding in search', () => {
  let lib: Library;
  beforeAll(() => {
    lib = openLibrary();
    lib.put({ id: 'trad', title: '寧波杭州灣新區安置房項目', text: '寧波杭州灣新區臨時黨支部成立後，開展黨建聯建。皇后鎮的項目部乾淨整潔，幹部帶頭；工人理髮、吃麵。' });
    lib.put({ id: 'simp-after', title: '后来', text: '项目建成以后，党支部继续开展活动。' });
    lib.put({ id: 'simp-dry', title: '干净', text: '工地保持干净整洁，干部带头打扫。' });
    lib.put({ id: 'trad-queen', title: '皇后', text: '皇后大道的工地上，臨時黨支部組織活動。' });
    lib.put({ id: 'trad-noodle', title: '麵館', text: '工地食堂的麵條很好吃，另一方面臨時黨支部關心工人。' });
    lib.put({ id: 'trad-system', title: '關係', text: '黨組織與企業的關係，以及維繫工人權益的體系。' });
  });

  it('finds traditional pages with simplified queries', () => {
    expect(lib.ids('宁波杭州湾新区')).toEqual(['trad']);
    expect(lib.ids('临时党支部').sort()).toEqual(['trad', 'trad-noodle', 'trad-queen']);
  });

  it('finds simplified pages with traditional queries', () => {
    expect(lib.ids('項目建成')).toEqual(['simp-after']);
  });

  it('lets a simplified character with several meanings find all of them', () => {
    expect(lib.ids('后').sort()).toEqual(['simp-after', 'trad', 'trad-queen']);
    expect(lib.ids('发')).toEqual(['trad']); // 理髮
    expect(lib.ids('干').sort()).toEqual(['simp-dry', 'trad']); // 乾淨, 幹部
  });

  it('never lets a traditional character find a different meaning', () => {
    // 乾 (dry) must not find 幹部; 幹 (cadre) must not find 乾淨.
    expect(marked(lib.search('乾').hits.find((h) => h.id === 'trad')?.snippet ?? '')).toContain('【乾】淨');
    expect(marked(lib.search('乾').hits.find((h) => h.id === 'trad')?.snippet ?? '')).not.toContain('【幹】');
    expect(lib.ids('幹淨')).not.toContain('trad'); // the traditional page writes 乾淨
    expect(lib.ids('乾部')).toEqual(['simp-dry']); // 干部 in a simplified page may stand for either
    // 髮 (hair) finds 理髮, never 發展-like uses; 發 does not find 理髮.
    expect(lib.ids('理發')).toEqual([]);
    expect(lib.ids('理髮')).toEqual(['trad']);
    // 後 (after) finds 以后 in a simplified page, but not 皇后 written in traditional script.
    expect(lib.ids('後').sort()).toEqual(['simp-after', 'trad']);
    expect(lib.ids('皇後')).toEqual([]);
    // 麵 (noodle) does not find 方面 written in traditional script.
    expect(lib.ids('麵').sort()).toEqual(['trad', 'trad-noodle']);
    expect(marked(lib.search('麵').hits.find((h) => h.id === 'trad-noodle')?.snippet ?? '')).not.toContain('方【面】');
    // 係 (relation) and 繫 (tie) keep apart.
    expect(lib.ids('關繫')).toEqual([]);
    expect(lib.ids('維係')).toEqual([]);
    expect(lib.ids('關係')).toEqual(['trad-system']);
    expect(lib.ids('关系')).toEqual(['trad-system']);
  });

  it('reads full-width digits and letters as half-width', () => {
    const local = openLibrary();
    local.put({ id: 'fw', title: '文件', text: '根据温住建〔２０２２〕３５号文件，ＢＩＭ技术全面应用。' });
    expect(local.ids('温住建[2022]35号')).toEqual(['fw']);
    expect(local.ids('bim')).toEqual(['fw']);
  });
});
