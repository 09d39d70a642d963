import { describe, expect, it } from 'vitest';
import { blocksText, textToBlocks } from '../../../electron/engine/export/text-blocks';
import { officialCharacterSpacing, officialLinePitchTwips, TEMPLATES } from '../../../electron/engine/export/layout-templates';

describe('cleaned text back into blocks', () => {
  const text = [
    '关于开展“红色工地”创建工作的通知',
    '一、总体要求',
    '以党建引领工程建设，推动“一强一优五提升”落地见效。',
    '（一）建强组织',
    '• 临时党支部应建尽建\n• 党员亮身份\n  • 关键岗位设先锋岗',
    '1. 建设单位牵头\n2. 施工单位落实',
    '项目 | 党员 | 等级\n城南安置房 | 23 | 区级',
    '1．本通知自印发之日起施行。',
    '二、本项工作由各区县（市）住建局负责组织实施，请于每月5日前报送进展。',
  ].join('\n\n');

  it('finds 一、 and （一） headings, lists with nesting, and tables; drops the repeated title', () => {
    const blocks = textToBlocks(text, { title: '关于开展“红色工地”创建工作的通知' });
    expect(blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading', 'list', 'list', 'table', 'paragraph', 'paragraph']);
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 1 });
    expect(blocks[2]).toMatchObject({ type: 'heading', level: 2 });
    const bullets = blocks[3] as Extract<(typeof blocks)[number], { type: 'list' }>;
    expect(bullets.ordered).toBe(false);
    expect(bullets.items).toHaveLength(2);
    expect(bullets.items[1]?.children[0]?.inlines[0]?.text).toBe('关键岗位设先锋岗');
    expect(blocks[4]).toMatchObject({ type: 'list', ordered: true });
    expect(blocks[5]).toMatchObject({ type: 'table', header: true, rows: [['项目', '党员', '等级'], ['城南安置房', '23', '区级']] });
  });

  it('keeps every character of the text', () => {
    const strip = (value: string) => value.replace(/[\s•|]/g, '').replace(/^\d+\./gm, '');
    expect(strip(blocksText(textToBlocks(text)))).toBe(strip(text.replace(/\d+\. /g, '')));
  });
});

describe('GB/T 9704 figures', () => {
  it('fits 22 lines in the 225 mm type area at 28.95 pt and 28 characters in 156 mm', () => {
    expect(officialLinePitchTwips(225, 22)).toBe(579);
    expect(22 * 579).toBeLessThanOrEqual((225 / 25.4) * 72 * 20);
    expect(23 * 579).toBeGreaterThan((225 / 25.4) * 72 * 20);
    const spacing = officialCharacterSpacing(8845, 28, 16);
    expect(spacing).toBe(-5);
    expect(28 * (320 + spacing)).toBeLessThanOrEqual(8845);
    expect(29 * (320 + spacing)).toBeGreaterThan(8845);
    expect(TEMPLATES.official.lineExactPt).toBe(28.95);
  });
});
