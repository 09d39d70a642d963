import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/engine/import/decode-text';

// Short files give chardet little to go on; it often takes GBK for Big5 and the reverse.
describe('telling GBK from Big5 in short files', () => {
  it.each([
    ['工地夜校', 'gb18030'],
    ['温州住建', 'gb18030'],
    ['红色工地建设推进会', 'gb18030'],
    ['关于报送典型案例的通知', 'gb18030'],
    ['寧波杭州灣新區黨建聯盟', 'big5'],
    ['項目黨支部', 'big5'],
    ['紅色工地', 'big5'],
  ])('reads “%s” saved as %s', (text, encoding) => {
    const decoded = decodeText(iconv.encode(text, encoding));
    expect(decoded).toEqual({ text, encoding });
  });
});
