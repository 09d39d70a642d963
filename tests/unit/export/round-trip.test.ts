import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlImporter } from '../../../electron/engine/import/formats/html-importer';
import { markdownImporter } from '../../../electron/engine/import/formats/markdown-importer';
import { getDocument } from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { withTempLibrary } from '../../helpers/temp-library';
import { exportBytes, makeCollection, makeDraft, prepareTempExportLibrary, type TempExportFixture } from './export-fixtures';

/**
 * HTML and Markdown exports imported again through the importer: no text is lost. Compared on letters
 * and digits, since list markers, table bars and spacing are layout, not text.
 */

let fixture: TempExportFixture;

beforeAll(async () => {
  fixture = await prepareTempExportLibrary();
}, 60_000);
afterAll(() => fixture?.cleanup());

const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

function expectAllParagraphs(source: string, imported: string): void {
  const haystack = letters(imported);
  const missing = source
    .split(/\n+/)
    .map((line) => letters(line))
    .filter((line) => line.length > 0 && !haystack.includes(line));
  expect(missing).toEqual([]);
}

describe('HTML export', () => {
  it('is one self-contained page with semantic markup and a print stylesheet', async () => {
    const { bytes, fileName } = await exportBytes(fixture.library, { target: { documents: [fixture.structuredId] }, format: 'html' });
    const html = bytes.toString('utf8');
    expect(fileName).toBe('某区建设工地“红色工地”创建工作要点.html');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html).toContain('@page');
    expect(html).toContain('"仿宋_GB2312"');
    expect(html).toContain('"Noto Serif CJK SC"');
    expect(html).toMatch(/<h2>一、工作目标<\/h2>/);
    expect(html).toMatch(/<h3>（一）建强项目临时党支部<\/h3>/);
    expect(html).toContain('<table>');
    expect(html).toMatch(/<ul>\n<li><span class="cb-marker">•<\/span>落实/);
    expect(html).not.toMatch(/<(script|link|iframe)\b/);
    expect(html).not.toMatch(/src="(?!data:)/);
  });

  it('round-trips every document of a selection through the HTML importer', async () => {
    const ids = [...fixture.caseIds, fixture.structuredId];
    const { bytes } = await exportBytes(fixture.library, { target: { documents: ids }, format: 'html', template: 'plain' });
    const parsed = await htmlImporter.parse({ fileName: 'export.html', bytes });
    for (const id of ids) {
      const doc = getDocument(fixture.library, id);
      expectAllParagraphs(doc.text, `${parsed.title ?? ''}\n${parsed.text}`);
      expect(letters(parsed.text)).toContain(letters(doc.title));
    }
  });

  it('round-trips a collection (commentary included) and a draft', async () => {
    const { bytes } = await exportBytes(fixture.library, { target: { collection: makeCollection(fixture) }, format: 'html' });
    const parsed = await htmlImporter.parse({ fileName: 'collection.html', bytes });
    expect(parsed.text).toContain('“三张清单”做法值得各项目借鉴');
    expect(parsed.text).toContain('二、权益保障');
    const draft = await exportBytes(fixture.library, { target: { draft: makeDraft(fixture.library) }, format: 'html' });
    const draftText = (await htmlImporter.parse({ fileName: 'draft.html', bytes: draft.bytes })).text;
    for (const phrase of ['吸纳了51家企业党组织', '党员带班、安全护航', '联建项目', '12个', '《筑牢项目“红色堡垒”》']) expect(draftText).toContain(phrase);
  });
});

describe('Markdown export', () => {
  it('writes CommonMark with the fields as front matter, and imports back with the same fields and text', async () => {
    const { bytes, fileName } = await exportBytes(fixture.library, { target: { documents: [fixture.structuredId] }, format: 'md' });
    const markdown = bytes.toString('utf8');
    expect(fileName).toBe('某区建设工地“红色工地”创建工作要点.md');
    expect(markdown).toMatch(/^---\ntitle: 某区建设工地“红色工地”创建工作要点\nkind: policy\ndate: 2024-03-08\n/);
    expect(markdown).toContain('\n## 一、工作目标\n');
    expect(markdown).toContain('\n### （一）建强项目临时党支部\n');
    expect(markdown).toContain('\n- 设立党员先锋岗和党员责任区\n  - 在高支模、深基坑等关键工序亮身份\n');
    expect(markdown).toContain('\n1. 建设、施工、监理单位签订联建协议\n2. 每季度召开一次联席会议\n');
    expect(markdown).toContain('| 项目名称 | 党员人数 | 创建等级 |\n| --- | --- | --- |\n| 城南安置房一期 | 23 | 区级 |');

    const source = getDocument(fixture.library, fixture.structuredId);
    const parsed = await markdownImporter.parse({ fileName: 'export.md', bytes });
    expect(parsed.title).toBe(source.title);
    expect(parsed.meta).toMatchObject({ kind: 'policy', date: '2024-03-08', source: source.source });
    expectAllParagraphs(source.text, parsed.text);
  });

  it('re-imports into a library as the same document, tags and all', async () => {
    const id = fixture.caseIds[0]!;
    const source = getDocument(fixture.library, id);
    const { bytes } = await exportBytes(fixture.library, { target: { documents: [id] }, format: 'md' });
    const other = withTempLibrary();
    try {
      const result = await importBytes(other.library, 'case.md', bytes);
      const copy = getDocument(other.library, result.id!);
      expect(copy.title).toBe(source.title);
      expect(copy.kind).toBe(source.kind);
      expect(copy.organization).toBe(source.organization);
      expect(copy.selection).toBe(source.selection);
      expect([...copy.tags].sort()).toEqual([...source.tags].sort());
      expectAllParagraphs(source.text, copy.text);
    } finally {
      other.cleanup();
    }
  });

  it('round-trips a selection, a collection and a draft without losing text', async () => {
    const ids = fixture.caseIds;
    const selection = await exportBytes(fixture.library, { target: { documents: ids }, format: 'md' });
    const parsed = await markdownImporter.parse({ fileName: 'selection.md', bytes: selection.bytes });
    for (const id of ids) expectAllParagraphs(getDocument(fixture.library, id).text, parsed.text);

    const collection = await exportBytes(fixture.library, { target: { collection: makeCollection(fixture) }, format: 'md' });
    const collectionText = (await markdownImporter.parse({ fileName: 'collection.md', bytes: collection.bytes })).text;
    expect(collectionText).toContain('“三张清单”做法值得各项目借鉴');
    expect(collectionText).toContain('一、组织建设');

    const draft = await exportBytes(fixture.library, { target: { draft: makeDraft(fixture.library) }, format: 'md' });
    const draftText = (await markdownImporter.parse({ fileName: 'draft.md', bytes: draft.bytes })).text;
    expect(draftText).toContain('在全市“红色工地”创建中');
    expect(draftText).toContain('《筑牢项目“红色堡垒”》，温州市住房和城乡建设局，2023年6月2日。');
  });
});
