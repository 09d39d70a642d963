import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { guardZip, MAX_UNPACKED_BYTES } from '../../../electron/engine/import/docx/zip-guard';
import { fixtureBytes, parseFile, parseFixture } from './fixture-helpers';
import { deflated, writeZip, type RawZipEntry } from './zip-writer';

const TEN_MB = 10 * 1024 * 1024;
const TEN_MB_DEFLATED = deflated(new Uint8Array(TEN_MB));
const xml = (name: string, text = '<x/>'): RawZipEntry => ({ name, data: Buffer.from(text), declaredSize: Buffer.byteLength(text), method: 0 });

describe('importing Word files', () => {
  it('keeps headings, paragraphs, lists and tables as structure', async () => {
    const { filled } = await parseFixture('case-structure.docx');
    expect(filled.meta).toMatchObject({
      title: '“工地夜校”点亮建筑工人成长路',
      kind: 'case',
      region: '浙江省绍兴市柯桥区',
      organization: '绍兴越达建设有限公司党支部',
      date: '2023-11-20',
      year: 2023,
    });
    expect(filled.text).toContain('一、基本情况\n\n项目位于绍兴市柯桥区');
    // The "——" subtitle under the headline goes with it, as on a web page (查看清理掉的内容 lists it).
    expect(filled.removed).toContainEqual(expect.objectContaining({ rule: 'subtitle', text: expect.stringContaining('——柯桥区某学校新建工程') }));
    expect(filled.text).toContain('由绍兴越达建设有限公司承建。项目临时党支部现有党员15名，工友高峰期达620人。');
    expect(filled.text).toContain('• 办好“工地夜校”：每周二、周四晚上由党员技术骨干授课。\n  • 课程涵盖安全规范、识图放样和焊接技能。\n• 推行“师带徒”结对');
    expect(filled.text).toContain('1. 摸清工友学习需求\n2. 按工种编排课程\n3. 组织考证并跟踪上岗');
    expect(filled.text).toContain('指标 | 2022年 | 2023年\n夜校授课场次 | 48 | 96\n培训工友人次 | 1200 | 2100');
    expect(filled.suggestedTerms).toEqual(expect.arrayContaining(['工地夜校', '师带徒']));
  });

  it('reads a notice laid out by hand: red header, (2023) 文号, a title over two lines, a date in Chinese numerals', async () => {
    const { filled } = await parseFixture('policy-notice.docx');
    expect(filled.meta).toMatchObject({
      title: '绍兴市越城区住房和城乡建设局关于推行“红色工地”联建共建工作机制的意见',
      kind: 'policy',
      docNumber: '越住建〔2023〕7号',
      issuer: '绍兴市越城区住房和城乡建设局',
      date: '2023-03-10',
      region: '浙江省绍兴市越城区',
    });
    expect(filled.text).not.toContain('关于推行\n');
    expect(filled.text).toContain('各街道，各有关单位：');
  });

  it('refuses a zip bomb from its central directory, before unpacking', async () => {
    const parts = Array.from({ length: 25 }, (_, index) => ({ name: `word/media/part${index}.bin`, data: TEN_MB_DEFLATED, declaredSize: TEN_MB }));
    const bomb = writeZip([xml('word/document.xml'), ...parts]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => guardZip(bomb)).toThrow('压缩炸弹');
    await expect(parseFile('炸弹.docx', bomb)).rejects.toThrow('压缩炸弹');
  });

  it('refuses a file that unpacks to far more than its size, under the total limit', async () => {
    const dense = writeZip([xml('[Content_Types].xml'), ...['document', 'styles', 'numbering'].map((part) => ({ name: `word/${part}.xml`, data: TEN_MB_DEFLATED, declaredSize: TEN_MB }))]);
    expect(3 * TEN_MB).toBeLessThan(MAX_UNPACKED_BYTES);
    await expect(parseFile('dense.docx', dense)).rejects.toThrow('压缩炸弹');
  });

  it('refuses an entry that lies about its size, stopping as soon as it inflates past what it declared', async () => {
    const lying = writeZip([xml('[Content_Types].xml'), { name: 'word/document.xml', data: TEN_MB_DEFLATED, declaredSize: 4096 }]);
    await expect(parseFile('lying.docx', lying)).rejects.toThrow('压缩炸弹');
  });

  it('fails a truncated file with a clear reason', async () => {
    const whole = fixtureBytes('case-structure.docx');
    await expect(parseFile('截断.docx', whole.subarray(0, Math.floor(whole.length * 0.6)))).rejects.toThrow('已损坏或不完整');
    await expect(parseFile('截断尾部.docx', whole.subarray(0, whole.length - 10))).rejects.toThrow('已损坏或不完整');
  });

  it('fails a password-protected file (an encrypted OLE container) and says so', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1152);
    await expect(parseFile('加密.docx', ole)).rejects.toThrow('文件已加密');
  });

  it('fails an old .doc renamed to .docx with the save-as hint', async () => {
    const doc = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc);
    Buffer.from('WordDocument', 'utf16le').copy(doc, 1024);
    await expect(parseFile('旧文件.docx', doc)).rejects.toThrow('另存为');
  });

  it('fails a zip with encrypted entries, a zip without a document and a file that is not a zip', async () => {
    const encrypted = Buffer.from(fixtureBytes('case-structure.docx'));
    for (let at = 0; at < encrypted.length - 4; at += 1) if (encrypted.readUInt32LE(at) === 0x02014b50) encrypted.writeUInt16LE(encrypted.readUInt16LE(at + 8) | 1, at + 8);
    await expect(parseFile('zip加密.docx', encrypted)).rejects.toThrow('文件已加密');
    await expect(parseFile('无正文.docx', Buffer.from(zipSync({ 'hello.txt': new TextEncoder().encode('hi') })))).rejects.toThrow('缺少正文');
    await expect(parseFile('文本.docx', Buffer.from('这是一段改了扩展名的文字'))).rejects.toThrow('不是 Word 文档');
  });
});
