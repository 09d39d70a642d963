import { describe, expect, it } from 'vitest';
import { readDocument, type DocumentReading } from '../../../electron/engine/import/reading/document-reading';
import { readInfoLine } from '../../../electron/engine/import/reading/info-line';
import { linesOfPlainText } from '../../../electron/engine/import/reading/source-lines';
import { places } from './fixture-helpers';

// Layouts a review of the blind-4 rules showed them getting wrong (negative cases for those rules). Sample texts written for these tests.

function readText(text: string): DocumentReading {
  return readDocument({ lines: linesOfPlainText(text), web: true, stated: {}, statedOrigins: {} }, { fileName: '页面.txt', places });
}

describe('a 公众号 head line whose account is a bureau’s full name', () => {
  it('is read as account, date and place however long the name', () => {
    expect(readInfoLine('北京市住房和城乡建设委员会 2024年04月25日 17:30 北京')?.fields).toEqual({ date: '2024-04-25', source: '北京市住房和城乡建设委员会' });
    expect(readInfoLine('广州市黄埔区住房和城乡建设局 2024-04-25 17:30 广东')?.fields).toEqual({ date: '2024-04-25', source: '广州市黄埔区住房和城乡建设局' });
  });

  it('gives a copied article its date and source', () => {
    const read = readText('某区工地办起工地课堂\n南京市江宁区住房和城乡建设局 2024年04月25日 17:30 江苏\n为做好项目党建工作，各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。\n课堂每周开课两次，由项目党员讲安全生产和劳动法规。');
    expect(read.meta.date).toBe('2024-04-25');
    expect(read.meta.source).toBe('南京市江宁区住房和城乡建设局');
  });
});

