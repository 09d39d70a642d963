import { describe, expect, it } from 'vitest';
import { readDocument, type DocumentReading } from '../../../electron/engine/import/reading/document-reading';
import { linesOfPlainText, type SourceLine } from '../../../electron/engine/import/reading/source-lines';
import { places } from './fixture-helpers';

// Headlines and 发文机关 found by the structure around them: a headline broken over lines, whatever
// its pieces look like alone. Sample notices written for these tests.

const BODY = '为做好项目党建工作，现将有关事项通知如下：\n一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。\n二、各单位要加强督促检查，确保工作落到实处。';

function readText(text: string): DocumentReading {
  return readDocument({ lines: linesOfPlainText(text), web: true, stated: {}, statedOrigins: {} }, { fileName: '通知.txt', places });
}

function readLines(lines: SourceLine[]): DocumentReading {
  return readDocument({ lines, web: false, stated: {}, statedOrigins: {} }, { fileName: '通知.docx', places });
}

describe('a 公文 headline broken over lines', () => {
  it('joins a first line that ends like an organisation’s name ("…临时党支部") with the line that ends the headline', () => {
    const read = readLines([
      { text: '某某市某某区住房和城乡建设局文件', role: 'text', scale: 1.9, centered: true },
      { text: '某住建〔2025〕3号', role: 'text', centered: true },
      { text: '关于进一步加强建设工地临时党支部', role: 'text', scale: 1.4, centered: true },
      { text: '规范化建设的通知', role: 'text', scale: 1.4, centered: true },
      { text: '各有关单位：', role: 'text' },
      ...BODY.split('\n').map((text): SourceLine => ({ text, role: 'text' })),
      { text: '某某市某某区住房和城乡建设局', role: 'text', rightAligned: true },
      { text: '2025年3月11日', role: 'text', rightAligned: true },
    ]);
    expect(read.meta.title).toBe('关于进一步加强建设工地临时党支部规范化建设的通知');
    expect(read.meta.issuer).toBe('某某市某某区住房和城乡建设局');
    expect(read.text).not.toContain('规范化建设的通知');
  });

  it('joins three copied lines, the last only "通知" and the middle one ending in 的', () => {
    const read = readText(`关于公布2024年度某某县县级示范红色工地\n和优秀临时党支部书记名单的\n通知\n\n各有关单位：\n${BODY}\n\n某某县住房和城乡建设局\n2024年12月26日`);
    expect(read.meta.title).toBe('关于公布2024年度某某县县级示范红色工地和优秀临时党支部书记名单的通知');
    expect(read.meta.issuer).toBe('某某县住房和城乡建设局');
    expect(read.text).toContain('一、各项目临时党支部每月召开一次支委会，研究解决项目建设中的问题。');
  });

  it('still takes a 红头 ending in 通知 as the header, not as the headline', () => {
    const read = readText(`某某县住房和城乡建设局紧急通知\n关于做好汛期建设工地安全防范工作的通知\n各有关单位：\n${BODY}\n\n某某县住房和城乡建设局\n2024年6月20日`);
    expect(read.meta.title).toBe('关于做好汛期建设工地安全防范工作的通知');
  });
});
