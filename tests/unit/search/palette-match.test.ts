import { describe, expect, it } from 'vitest';

// The matcher lives with the palette in renderer/, outside the node type-check project
// (tsconfig.node.json includes no renderer files): loaded by path, its two functions typed here.
interface Matchable {
  label: string;
  keywords?: readonly string[];
}
interface PaletteMatch {
  matchRank(item: Matchable, typed: string): number | null;
  filterByMatch<T extends Matchable>(items: readonly T[], typed: string): T[];
}
const MATCHER = '../../../renderer/features/command-palette/palette-match';
const { filterByMatch, matchRank } = (await import(MATCHER)) as PaletteMatch;

// The command palette's own matching of command names (documents and collections come from the
// suggestion engine): Chinese substrings, keywords, every word typed, one character off.
describe('command palette matching', () => {
  const commands = [
    { label: '导入文件…', keywords: ['上传', 'import'] },
    { label: '新建专辑…', keywords: ['创建专辑'] },
    { label: '新建草稿', keywords: ['写作'] },
    { label: '打开回收站', keywords: ['已删除', 'trash'] },
    { label: '打开专辑列表' },
  ];
  const labels = (typed: string) => filterByMatch(commands, typed).map((command) => command.label);

  it('keeps every command, in order, when nothing is typed', () => {
    expect(labels('')).toEqual(commands.map((command) => command.label));
    expect(labels('   ')).toHaveLength(commands.length);
  });

  it('matches Chinese substrings, names that start with it first', () => {
    expect(labels('专辑')).toEqual(['新建专辑…', '打开专辑列表']);
    expect(labels('新建')).toEqual(['新建专辑…', '新建草稿']);
    expect(labels('回收站')).toEqual(['打开回收站']);
    expect(matchRank(commands[1]!, '新建专辑')).toBe(0);
    expect(matchRank(commands[3]!, '回收站')).toBe(1);
  });

  it('matches keywords, latin case and full-width forms, and needs every word', () => {
    expect(labels('写作')).toEqual(['新建草稿']);
    expect(labels('TRASH')).toEqual(['打开回收站']);
    expect(labels('ｉｍｐｏｒｔ')).toEqual(['导入文件…']);
    expect(labels('打开 专辑')).toEqual(['打开专辑列表']);
    expect(labels('打开 草稿')).toEqual([]);
  });

  it('tolerates one wrong, missing or extra character in a word of three or more', () => {
    expect(labels('新建专集')).toEqual(['新建专辑…']);
    expect(labels('回首站')).toEqual(['打开回收站']);
    expect(labels('新专辑')).toEqual(['新建专辑…']);
    expect(labels('新建建草稿')).toEqual(['新建草稿']);
    expect(matchRank(commands[1]!, '新建专集')).toBe(3);
    // Two characters are too short to guess at.
    expect(labels('收占')).toEqual([]);
    expect(labels('没有这个命令')).toEqual([]);
  });
});
