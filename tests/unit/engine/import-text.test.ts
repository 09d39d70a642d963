import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { getDocument } from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { importAll } from '../../../electron/engine/import/import-job';
import { sha256 } from '../../../electron/engine/core/ids';
import { makeTempFolder, withTempLibrary } from '../../helpers/temp-library';

const NOTICE = `关于开展2024年度“红色工地”典型案例征集工作的通知

各区县（市）住建局、各有关单位：
为深入推进“红色工地”党建品牌建设，现将2024年度典型案例征集工作通知如下。
一、征集范围
全市在建房屋建筑和市政基础设施工程项目。
二、报送要求
请于2024年6月30日前报送，案例材料不超过3000字。

台州市住房和城乡建设局
2024年5月24日
`;

let context: ReturnType<typeof withTempLibrary>;
let library: Library;
beforeEach(() => {
  context = withTempLibrary();
  library = context.library;
});
afterEach(() => context.cleanup());

describe('importing plain text in the encodings staff receive', () => {
  const cases: [string, Buffer][] = [
    ['utf-8', Buffer.from(NOTICE, 'utf8')],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTICE, 'utf8')])],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(NOTICE, 'utf-16le')])],
    ['gb18030', iconv.encode(NOTICE, 'gb18030')],
  ];
  for (const [label, bytes] of cases) {
    it(`reads ${label} and keeps the original byte for byte`, async () => {
      const result = await importBytes(library, `征集通知-${label}.txt`, bytes);
      expect(result.status).toBe('imported');
      expect(result.title).toBe('关于开展2024年度“红色工地”典型案例征集工作的通知');
      expect(result.kind).toBe('policy');
      const record = getDocument(library, result.id!);
      expect(record.text).toContain('各区县（市）住建局、各有关单位：');
      expect(record.text).toContain('台州市住房和城乡建设局');
      expect(record.original?.sha256).toBe(sha256(bytes));
      const stored = fs.readdirSync(path.join(context.folder, 'originals', sha256(bytes).slice(0, 2)));
      const storedBytes = fs.readFileSync(path.join(context.folder, 'originals', sha256(bytes).slice(0, 2), stored[0]!));
      expect(storedBytes.equals(bytes)).toBe(true);
    });
  }

  it('reads Big5 text from Taiwan and Hong Kong sources', async () => {
    const text = '寧波杭州灣新區醫院項目臨時黨支部\n\n項目黨支部組織黨員突擊隊，保障工程質量與安全。\n';
    const result = await importBytes(library, '新聞.txt', iconv.encode(text, 'big5'));
    expect(result.status).toBe('imported');
    expect(getDocument(library, result.id!).text).toContain('項目黨支部組織黨員突擊隊');
    expect(getDocument(library, result.id!).original?.encoding).toBe('big5');
  });

  it('treats the same text in another encoding as a duplicate of the first import', async () => {
    const first = await importBytes(library, 'a.txt', Buffer.from(NOTICE, 'utf8'));
    const second = await importBytes(library, 'b.txt', iconv.encode(NOTICE, 'gb18030'));
    expect(second.status).toBe('duplicate');
    expect(second.duplicateOf).toBe(first.id);
  });

  it('reports the same file imported twice as a duplicate', async () => {
    const bytes = Buffer.from(NOTICE, 'utf8');
    const first = await importBytes(library, 'a.txt', bytes);
    const again = await importBytes(library, '另一个名字.txt', bytes);
    expect(again).toMatchObject({ status: 'duplicate', duplicateOf: first.id });
  });

  it('fails an empty file and a binary file named .txt with a Chinese reason, keeping the rest of the batch', async () => {
    const folder = makeTempFolder();
    try {
      fs.writeFileSync(path.join(folder, '1-空文件.txt'), '');
      fs.writeFileSync(path.join(folder, '2-照片.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]));
      fs.writeFileSync(path.join(folder, '3-通知.txt'), NOTICE);
      fs.writeFileSync(path.join(folder, '4-旧格式.doc'), 'x');
      const results = await importAll(library, [folder, path.join(folder, '4-旧格式.doc'), path.join(folder, '5-不存在.txt')]);
      expect(results.map((result) => result.status)).toEqual(['failed', 'failed', 'imported', 'failed', 'failed']);
      expect(results[0]!.error).toContain('空');
      expect(results[1]!.error).toContain('不是文本文件');
      expect(results[3]!.error).toContain('另存为');
      expect(results[4]!.error).toContain('找不到');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('importing Markdown with front matter', () => {
  it('takes the fields from the front matter and marks them as coming from the file', async () => {
    const markdown = `---
kind: practice
title: “一党员一项目”让党旗在工地上高高飘扬
organization: 宁波某建设集团有限公司
region: 浙江省宁波市鄞州区
date: 2023-06-02
tags: [主题/党员先锋岗]
---
# “一党员一项目”让党旗在工地上高高飘扬

来 源:工程部 作 者:王某 发布日期:2023-06-02

项目党支部推行“一党员一项目”，每名党员认领一个质量安全攻坚任务。
`;
    const result = await importBytes(library, 'practice.md', Buffer.from(markdown));
    expect(result).toMatchObject({ status: 'imported', kind: 'practice', date: '2023-06-02', region: '浙江省宁波市鄞州区' });
    const record = getDocument(library, result.id!);
    expect(record.organization).toBe('宁波某建设集团有限公司');
    expect(record.year).toBe(2023);
    expect(record.tags).toEqual(['主题/党员先锋岗']);
    expect(record.fieldOrigins.organization).toBe('file');
    expect(record.text).not.toContain('---');
    expect(record.text).not.toMatch(/^#/m);
  });

  it('shows Markdown emphasis and links as plain words', async () => {
    const markdown = `---\ntitle: 工地夜校经验材料\nkind: practice\n---\n**工地夜校**每周开课两次，*安全*第一，详见[培训安排](https://example.invalid/a)。\n`;
    const result = await importBytes(library, 'night-school.md', Buffer.from(markdown));
    expect(getDocument(library, result.id!).text).toBe('工地夜校每周开课两次，安全第一，详见培训安排。');
  });

  it('skips an invalid field with a warning instead of failing the file', async () => {
    const markdown = `---\ntitle: 某项目临时党支部工作总结\nkind: case\ndate: 2023-02-30\n---\n正文内容：临时党支部组织开展主题党日活动。\n`;
    const result = await importBytes(library, 'bad-date.md', Buffer.from(markdown));
    expect(result.status).toBe('imported');
    expect(result.date).toBeNull();
    expect(result.warnings.join('')).toContain('date');
  });
});
