import { describe, expect, it } from 'vitest';
import { SNIPPET_LENGTH } from '../../../electron/engine/search/engine/snippet';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../shared/model/search';
import { marked, openLibrary } from './search-fixture';

const FILLER = '施工现场秩序井然，各参建单位各司其职，工程进度按计划推进。';

function snippetOf(text: string, query: string): string {
  const lib = openLibrary();
  lib.put({ id: 'x', title: '标题', text });
  const hit = lib.search(query).hits[0];
  if (!hit) throw new Error(`no hit for ${query}`);
  return hit.snippet;
}

describe('snippets', () => {
  it('marks the match in a window around it', () => {
    const text = `${FILLER.repeat(10)}项目临时党支部开展党建联建活动。${FILLER.repeat(10)}`;
    const snippet = snippetOf(text, '党建联建');
    expect(marked(snippet)).toContain('开展【党建联建】活动');
    expect(snippet.startsWith('…') && snippet.endsWith('…')).toBe(true);
    expect(snippet.replace(/[\u0001\u0002…]/g, '').length).toBeLessThanOrEqual(SNIPPET_LENGTH);
  });

  it('marks the original characters when the match came through folding', () => {
    expect(marked(snippetOf('寧波杭州灣新區臨時黨支部開展活動。', '宁波杭州湾'))).toBe('【寧波杭州灣】新區臨時黨支部開展活動。');
    expect(marked(snippetOf('根据温住建〔２０２２〕３５号文件执行。', '温住建[2022]35号'))).toBe('根据【温住建〔２０２２〕３５号】文件执行。');
    expect(marked(snippetOf('ＢＩＭ技术全面应用。', 'bim'))).toBe('【ＢＩＭ】技术全面应用。');
  });

  it('marks only the occurrences a one-to-many traditional character allows, in the original characters', () => {
    // In a traditional text the bare 范 is the surname, not 範; in a simplified one 范 may mean 範.
    expect(marked(snippetOf('范先生說明示範計劃，範本齊全，臺賬完整。', '範'))).toBe('范先生說明示【範】計劃，【範】本齊全，臺賬完整。');
    expect(marked(snippetOf('范先生说明示范计划，范本齐全。', '範'))).toBe('【范】先生说明示【范】计划，【范】本齐全。');
    // 幹 never finds 乾 (another sense), whatever the script; 干 only in a simplified text.
    expect(marked(snippetOf('幹部帶頭，保持工地乾淨，干擾減少。', '幹部'))).toBe('【幹部】帶頭，保持工地乾淨，干擾減少。');
    expect(marked(snippetOf('干部带头，保持工地干净。', '幹部'))).toBe('【干部】带头，保持工地干净。');
    // Mixed script in the query: the simplified characters find every form.
    expect(marked(snippetOf('項目部發展黨員，推動黨建。', '动黨'))).toBe('項目部發展黨員，推【動黨】建。');
  });

  it('judges the script of the body on all of it, or on the whole document when the body does not tell', () => {
    // The body has no evidence either way: it takes the document's script, traditional by its title.
    const lib = openLibrary();
    lib.put({ id: 'plain-body', title: '示範計劃推進會', text: '范先生主持。' });
    // The body's first 1,200 characters are simplified, but it is traditional as a whole: its 范 is the surname.
    const simplified = '施工现场秩序井然，各参建单位各司其职，工程进度按计划推进。'.repeat(45);
    const traditional = '施工現場秩序井然，各參建單位各司其職，工程進度按計劃推進。'.repeat(90);
    lib.put({ id: 'long-body', title: '示範計劃', text: `范先生主持工作。${simplified}${traditional}` });
    const snippets = new Map(lib.search('範').hits.map((hit) => [hit.id, marked(hit.snippet)]));
    expect(snippets.get('plain-body')).toBe('范先生主持。');
    expect(snippets.get('long-body')).toMatch(/^范先生主持工作/);
    // A simplified document's 范 may mean 範: marked.
    lib.put({ id: 'simplified', title: '示范计划', text: '范先生主持。' });
    expect(marked(lib.search('範 kind:case').hits.find((hit) => hit.id === 'simplified')?.snippet ?? '')).toBe('【范】先生主持。');
  });

  it('marks every term of the query, and every occurrence in the window', () => {
    const snippet = marked(snippetOf('安置房项目党建联建，安置房工地清廉建设。', '安置房 清廉'));
    expect(snippet).toBe('【安置房】项目党建联建，【安置房】工地【清廉】建设。');
  });

  it('prefers the window that shows more of the terms', () => {
    const text = `党建开头一次。${FILLER.repeat(8)}这里党建与安置房同时出现。${FILLER.repeat(8)}`;
    expect(marked(snippetOf(text, '党建 安置房'))).toContain('【党建】与【安置房】同时出现');
  });

  it('finds a match deep in a long text', () => {
    const text = `${FILLER.repeat(120)}结尾处的讲堂交付。`;
    expect(marked(snippetOf(text, '讲堂交付'))).toContain('【讲堂交付】');
  });

  it('shows the beginning of the text when only the title matched', () => {
    const lib = openLibrary();
    lib.put({ id: 'x', title: '清廉工地建设方案', text: `第一条 ${FILLER}` });
    expect(lib.search('清廉工地').hits[0]?.snippet.startsWith('第一条')).toBe(true);
  });

  it('keeps marker characters found in the text out of the snippet and flattens white space', () => {
    const snippet = snippetOf(`第一行\u0001假标记\u0002\n\n第二行   党建`, '党建');
    expect(snippet.split(SNIPPET_MARK_START)).toHaveLength(2);
    expect(snippet.split(SNIPPET_MARK_END)).toHaveLength(2);
    expect(marked(snippet)).toBe('第一行 假标记 第二行 【党建】');
  });

  it('does not cut a character outside the basic plane in half', () => {
    const text = `${'𠀀'.repeat(100)}党建${'𠀀'.repeat(100)}`;
    const snippet = snippetOf(text, '党建');
    expect(snippet).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
