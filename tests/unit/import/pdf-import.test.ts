import { describe, expect, it } from 'vitest';
import { NO_TEXT_LAYER_WARNING } from '../../../electron/engine/import/formats/pdf-importer';
import { sha256 } from '../../../electron/engine/core/ids';
import { fixtureBytes, parseFile, parseFixture } from './fixture-helpers';
import { encryptedPdf } from './pdf-writer';

describe('importing PDFs', () => {
  it('reads a 3-page PDF in reading order, without its running header and page numbers', async () => {
    const { parsed, filled } = await parseFixture('policy-three-pages.pdf');
    expect(parsed.warnings).toEqual([]);
    expect(filled.meta).toMatchObject({
      title: '湖州市南浔区住房和城乡建设局关于深化“红色工地”建设的实施意见',
      kind: 'policy',
      docNumber: '浔住建〔2024〕21号',
      issuer: '湖州市南浔区住房和城乡建设局',
      date: '2024-01-15',
      region: '浙江省湖州市南浔区',
      year: 2024,
    });
    const text = filled.text;
    expect(text).not.toContain('建设工作专刊');
    expect(text).not.toMatch(/—\s*\d\s*—/);
    const order = ['一、总体目标', '二、重点任务', '（二）规范阵地建设', '三、保障措施', '本意见自印发之日起施行'].map((marker) => text.indexOf(marker));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('joins lines wrapped by the page back into paragraphs and separates pages with a blank line', async () => {
    const { filled } = await parseFixture('policy-three-pages.pdf');
    expect(filled.text).toContain(
      '一、总体目标。到2026年底，全区符合条件的在建房屋建筑和市政基础设施工程项目“红色工地”创建覆盖率达到70%以上，培育市级优秀“红色工地”10个以上，形成一批可复制可推广的典型案例和特色做法，党建引领工程建设的作用更加明显。',
    );
    expect(filled.text).toMatch(/作用更加明显。\n\n二、重点任务/);
    // Radical code points the font maps to (⼯, ⾊, ⻅) read as the characters.
    expect(filled.text).not.toMatch(/[\u2e80-\u2fdf]/);
  });

  it('leaves the caller’s bytes intact (pdf.js takes the buffer it is given)', async () => {
    const bytes = fixtureBytes('policy-three-pages.pdf');
    const before = sha256(bytes);
    await parseFile('copy.pdf', bytes);
    expect(bytes.length).toBeGreaterThan(0);
    expect(sha256(bytes)).toBe(before);
  });

  it('keeps a scan without a text layer as a file whose pages go to 文字识别', async () => {
    const { parsed, filled } = await parseFixture('scan-no-text.pdf');
    expect(parsed.textless).toBe(true);
    expect(parsed.text).toBe('');
    expect(parsed.pagesToRecognise).toEqual([1]);
    expect(parsed.warnings.join('')).toContain('正在识别文字');
    expect(parsed.warnings).not.toContain(NO_TEXT_LAYER_WARNING);
    expect(filled.meta.title).toBe('scan-no-text');
  });

  it('fails an encrypted PDF with a Chinese reason', async () => {
    await expect(parseFile('加密.pdf', encryptedPdf())).rejects.toThrow('文件已加密');
  });

  it('fails a file that is not a PDF, and warns about or fails a truncated one', async () => {
    await expect(parseFile('假的.pdf', Buffer.from('<html>not a pdf</html>'))).rejects.toThrow('不是 PDF');
    const whole = fixtureBytes('policy-three-pages.pdf');
    const truncated = whole.subarray(0, Math.floor(whole.length * 0.7));
    const outcome = await parseFile('截断.pdf', truncated).then(
      ({ parsed }) => parsed.warnings.join(''),
      (error: Error) => error.message,
    );
    expect(outcome).toMatch(/不完整|已损坏/);
    await expect(parseFile('坏.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'))).rejects.toThrow('已损坏');
  });
});
