import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { readCopiedText as readText, readWordLines } from './fixture-helpers';

// A short write-up presented as a case without 背景/做法/成效 headings (dev/blind-21 芙蓉, 青秀): it says so in a line under
// its headline, or closes on being put forward or used as a typical case. Sample texts written for these tests.

const word = (rows: [string, number?][]): SourceLine[] =>
  rows.map(([text, scale]) => ({ text, role: 'text' as const, blockStart: true, ...(scale ? { scale, centered: true } : {}) }));

const MEASURES = [
  '青禾区某商业综合体项目有分包单位23家，过去每逢年底都有工友上门讨薪。',
  '项目党支部推选6名党员担任“红色管家”，每人联系3至4家分包单位，每月核对一次用工台账。',
  '对发现的苗头性问题，红色管家会同总包单位提前介入，督促分包单位按时足额发放工资。',
];

describe('a short write-up presented as a case', () => {
  it('is a case when a line of its own under the headline calls it one', () => {
    const read = readWordLines(word([['“红色管家”守护工友钱袋子', 1.6], ['青禾区某商业综合体项目党建工作案例'], ...MEASURES.map((line): [string] => [line]), ['2024年以来，项目未发生一起欠薪投诉。']]));
    expect(read.meta.kind).toBe('case');
  });

  it('is a case when it closes on being put forward for a selection of typical cases', () => {
    const read = readWordLines(word([['“红色管家”守护工友钱袋子', 1.6], ...MEASURES.map((line): [string] => [line]), ['项目未发生一起欠薪投诉，被推荐参加2025年度全省红色工地典型案例评选。']]));
    expect(read.meta.kind).toBe('case');
  });

  it('is a case when its way of working was taken up as a typical case', () => {
    const read = readWordLines(word([['“红色管家”守护工友钱袋子', 1.6], ...MEASURES.map((line): [string] => [line]), ['2024年以来，项目未发生一起欠薪投诉，该做法被青禾区住建局作为典型案例在全区推广。']]));
    expect(read.meta.kind).toBe('case');
  });

  it('stays news when a report tells of cases being put forward in a sentence of its lead', () => {
    const read = readText(
      [
        '青禾区召开红色工地建设推进会',
        '本报讯（记者 陈某）11月3日，青禾区召开红色工地建设推进会，区住建局推荐参加全省红色工地典型案例评选的3个项目作了交流。',
        '会议通报了全区在建项目党组织覆盖情况，部署下一阶段重点工作。',
        '区住建局有关负责人表示，将持续推动党建与项目建设深度融合。',
      ].join('\n'),
    );
    expect(read.meta.kind).toBe('news');
  });
});
