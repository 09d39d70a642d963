import { describe, expect, it } from 'vitest';
import { markdownImporter } from '../../../electron/engine/import/formats/markdown-importer';
import { fillMetadata } from '../../../electron/engine/import/metadata/fill-metadata';
import { gazetteer, textDocument } from './fixture-helpers';

const NOTICE = `温州市鹿城区住房和城乡建设局关于开展星级评定工作的通知

鹿住建〔2023〕12号

各街道、镇，各有关单位：
现将有关事项通知如下。

温州市鹿城区住房和城乡建设局
2023年3月10日`;

const fill = (parsed: Parameters<typeof fillMetadata>[0], kind?: 'news'): ReturnType<typeof fillMetadata> =>
  fillMetadata(parsed, { fileName: '通知.txt', gazetteer, kind });

describe('filling metadata after parsing', () => {
  it('fills unknown fields from the text and marks them as found in the text', () => {
    const { meta, fieldOrigins, text } = fill(textDocument(NOTICE));
    expect(meta).toMatchObject({ title: '温州市鹿城区住房和城乡建设局关于开展星级评定工作的通知', kind: 'policy', docNumber: '鹿住建〔2023〕12号', issuer: '温州市鹿城区住房和城乡建设局', date: '2023-03-10', year: 2023, region: '浙江省温州市鹿城区' });
    expect(fieldOrigins).toMatchObject({ title: 'text', kind: 'text', docNumber: 'text', issuer: 'text', date: 'text', year: 'text', region: 'text' });
    expect(text.startsWith('鹿住建〔2023〕12号')).toBe(true);
    expect(meta.source).toBeNull();
    expect(fieldOrigins.source).toBeUndefined();
  });

  it('keeps what the file states and what the user set, even where the text says otherwise', () => {
    const parsed = textDocument(NOTICE, {
      meta: { date: '2023-03-15', region: '浙江省温州市', issuer: null },
      fieldOrigins: { date: 'file', region: 'user', issuer: 'user' },
    });
    const { meta, fieldOrigins } = fill(parsed);
    expect(meta).toMatchObject({ date: '2023-03-15', region: '浙江省温州市', issuer: null });
    expect(fieldOrigins).toMatchObject({ date: 'file', region: 'user', issuer: 'user' });
  });

  it('normalises a 文号 the file states in another bracket form', () => {
    const { meta } = fill(textDocument('某某通知\n\n正文。', { meta: { docNumber: '温住建[2022]35号' }, fieldOrigins: { docNumber: 'file' } }));
    expect(meta.docNumber).toBe('温住建〔2022〕35号');
  });

  it('uses the kind chosen for the import and marks it as the user’s', () => {
    const { meta, fieldOrigins } = fill(textDocument(NOTICE), 'news');
    expect(meta.kind).toBe('news');
    expect(fieldOrigins.kind).toBe('user');
  });

  it('leaves a field that front matter says is unknown (null) alone', async () => {
    const markdown = `---\ntitle: 公司推行“一党员一项目”\nkind: practice\nregion: null\npracticeName: null\n---\n项目位于温州市龙湾区，公司推行“一党员一项目”。\n`;
    const parsed = await markdownImporter.parse({ fileName: 'a.md', bytes: Buffer.from(markdown) });
    const { meta, fieldOrigins } = fill(parsed);
    expect(meta).toMatchObject({ title: '公司推行“一党员一项目”', kind: 'practice', region: null, practiceName: null });
    expect(fieldOrigins).toMatchObject({ title: 'file', kind: 'file', region: 'file', practiceName: 'file' });
  });

  it('puts the signing unit of a case or practice in 单位, not 发文机关', () => {
    const { meta } = fill(textDocument('“工地夜校”点亮成长路\n\n一、基本情况\n项目位于绍兴市柯桥区。\n二、主要做法\n办夜校。\n\n绍兴越达建设有限公司党支部\n2023年11月20日'));
    expect(meta).toMatchObject({ kind: 'case', organization: '绍兴越达建设有限公司党支部', issuer: null });
  });

  it('falls back to the file name for a title when there is no text', () => {
    const { meta, fieldOrigins } = fillMetadata(textDocument('', { textless: true }), { fileName: '联建协议扫描件.pdf', gazetteer });
    expect(meta.title).toBe('联建协议扫描件');
    expect(fieldOrigins.title).toBe('file');
  });
});
