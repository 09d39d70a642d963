// A citation of text that already is a quotation gets no second pair of marks (““赤色能量站”” before).
import { describe, expect, it } from 'vitest';
import { citationLine } from '../../../electron/cli/commands/draft-command';
import { inQuotes } from '../../../shared/model/quotation';

describe('inQuotes', () => {
  it('wraps plain text once', () => {
    expect(inQuotes('把党旗插在工地上')).toBe('“把党旗插在工地上”');
    expect(inQuotes('  把党旗插在工地上\n')).toBe('“把党旗插在工地上”');
  });

  it('keeps the marks of a passage that already is one quotation', () => {
    expect(inQuotes('“赤色能量站”')).toBe('“赤色能量站”');
    expect(inQuotes('「六有一好」')).toBe('「六有一好」');
    expect(inQuotes('"一党员一项目"')).toBe('"一党员一项目"');
    expect(inQuotes('“党员带头，‘红色引擎’发力”')).toBe('“党员带头，‘红色引擎’发力”');
  });

  it('nests inner double quotes as single ones when the passage is more than one quotation', () => {
    expect(inQuotes('“赤色能量站”为工友提供服务')).toBe('“‘赤色能量站’为工友提供服务”');
    expect(inQuotes('“赤色能量站”和“红色驿站”')).toBe('“‘赤色能量站’和‘红色驿站’”');
    expect(inQuotes('项目推行“六有一好”标准')).toBe('“项目推行‘六有一好’标准”');
  });

  it('never doubles a mark, whatever the passage', () => {
    for (const passage of ['“赤色能量站”', '“赤色能量站”为工友服务', '「六有一好」做法', '“甲”和“乙”', '“未闭合的引号']) {
      expect(inQuotes(passage)).not.toMatch(/““|””|「「|」」/);
    }
  });

  it('shortens inside the marks', () => {
    expect(inQuotes('“赤色能量站为工友提供服务”', 5)).toBe('“赤色能量站…”');
    expect(inQuotes('赤色能量站为工友提供服务', 5)).toBe('“赤色能量站…”');
  });
});

describe('citation lines on the command line', () => {
  it('print a quoted passage with its own marks only', () => {
    const citation = { number: 1, citationId: 'c1', documentId: 'd1', quote: '“赤色能量站”', start: 10, end: 17, title: '萧山区红色工地', source: '萧山区住建局', date: '2024-05-06', status: 'ok' as const };
    expect(citationLine(citation)).toMatch(/字：“赤色能量站”$/);
    expect(citationLine({ ...citation, quote: '党员突击队' })).toMatch(/字：“党员突击队”$/);
  });
});
