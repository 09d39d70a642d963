import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { documentHistory, getDocument, setDocumentTags, updateDocument } from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { rereadWithEncoding } from '../../../electron/engine/import/reread-service';
import { CasebookError } from '../../../shared/api/errors';
import { methods } from '../../../shared/api/contract';
import { FIXTURES_FOLDER, withTempLibrary } from '../../helpers/temp-library';

// When the encoding was guessed (or chosen) wrong, the user reads the original again in another one.
let context: ReturnType<typeof withTempLibrary>;
let library: Library;
beforeEach(() => {
  context = withTempLibrary();
  library = context.library;
});
afterEach(() => context.cleanup());

const PRACTICE = `“工地夜校”点亮建筑工人成长路

柯桥区某保障房项目党支部开办“工地夜校”，每周二、周四晚上为工友讲授安全操作和劳动法规，
一年来累计授课96场，培训工友1800余人次。

项目党支部
2023年11月20日`;
const GBK_BYTES = iconv.encode(PRACTICE, 'gb18030');

describe('reading a text document again in another encoding', () => {
  it('replaces 乱码 with the right text and fields, keeping the user’s corrections and tags', async () => {
    const wrong = await importBytes(library, '工地夜校.txt', GBK_BYTES, { encoding: 'big5' });
    expect(wrong.status).toBe('imported');
    const id = wrong.id ?? '';
    expect(getDocument(library, id).text).not.toContain('工地夜校');
    updateDocument(library, id, { project: '柯桥区某保障房项目' });
    setDocumentTags(library, id, ['六有一好/有阵地'], []);

    const fixed = await rereadWithEncoding(library, id, 'gb18030');
    expect(fixed.title).toBe('“工地夜校”点亮建筑工人成长路');
    expect(fixed.text).toContain('一年来累计授课96场');
    expect(fixed.date).toBe('2023-11-20');
    expect(fixed.original?.encoding).toBe('gb18030');
    expect(fixed.project).toBe('柯桥区某保障房项目');
    expect(fixed.fieldOrigins.project).toBe('user');
    expect(fixed.tags).toEqual(['六有一好/有阵地']);
    expect(documentHistory(library, id).map((entry) => entry.field)).toEqual(expect.arrayContaining(['title', 'text', 'encoding']));

    const results = library.search.query(methods['search.query'].request.parse({ query: '工地夜校' }));
    expect(results.hits.map((hit) => hit.id)).toContain(id);
  });

  it('does it when the same file is imported again with the encoding chosen by hand', async () => {
    const wrong = await importBytes(library, '工地夜校.txt', GBK_BYTES, { encoding: 'big5' });
    const again = await importBytes(library, '工地夜校（重发）.txt', GBK_BYTES, { encoding: 'gb18030' });
    expect(again.status).toBe('duplicate');
    expect(again.duplicateOf).toBe(wrong.id);
    expect(again.title).toBe('“工地夜校”点亮建筑工人成长路');
    expect(again.warnings.join('')).toContain('重新读取');
    expect(getDocument(library, wrong.id ?? '').text).toContain('工地夜校');
  });

  it('refuses documents that are not plain text, and unknown encodings, changing nothing', async () => {
    const word = await importBytes(library, 'policy-notice.docx', fs.readFileSync(path.join(FIXTURES_FOLDER, 'import/policy-notice.docx')));
    const id = word.id ?? '';
    const before = getDocument(library, id);
    await expect(rereadWithEncoding(library, id, 'gb18030')).rejects.toThrow(CasebookError);
    await expect(rereadWithEncoding(library, id, 'gb18030')).rejects.toThrow('Word 和 PDF 文件自带编码');
    expect(getDocument(library, id)).toEqual(before);

    const text = await importBytes(library, 'a.txt', GBK_BYTES);
    await expect(rereadWithEncoding(library, text.id ?? '', 'klingon-8')).rejects.toThrow('不认识的文字编码');
  });
});
