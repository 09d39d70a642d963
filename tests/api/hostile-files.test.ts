import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../shared/api/contract';
import { LibraryHost } from '../../electron/engine/api/library-host';
import { libraryOptions, makeTempFolder } from '../helpers/temp-library';
import { dispatchCalls } from '../helpers/dispatch-calls';

// Files built to exhaust a reader: each fails alone with a plain reason, while the engine keeps
// answering and the ordinary file beside them is imported.

let root: string;
let host: LibraryHost;
const { call } = dispatchCalls(() => host);

const HAN = '党建工地红色引领安全质量项目支部书记党员先锋示范岗服务群众农民工讲堂';

/** A small Word file whose one XML part holds over 1.5 million elements (about 20 MB unpacked, varied so it compresses like real text). */
function overbuiltWordFile(): Uint8Array {
  let seed = 11;
  const paragraphs: string[] = [];
  for (let n = 0; n < 560_000; n += 1) {
    let words = '';
    for (let i = 0; i < 6; i += 1) words += HAN[(seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) % HAN.length];
    paragraphs.push(`<w:p><w:r><w:t>${words}</w:t></w:r></w:p>`);
  }
  const main = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      'word/document.xml': strToU8(main),
    },
    { level: 1 },
  );
}

async function untilDone(jobId: string): Promise<ResponseOf<'import.results'>> {
  let after = 0;
  const results: ResponseOf<'import.results'>['results'] = [];
  for (;;) {
    const state = await call('import.results', { jobId, after });
    results.push(...state.results);
    after = state.next;
    if (state.done) return { ...state, results };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(() => {
  root = makeTempFolder('casebook-hostile-');
  host = new LibraryHost(libraryOptions(path.join(root, 'library')));
  const inbox = path.join(root, 'in');
  fs.mkdirSync(inbox);
  fs.writeFileSync(path.join(inbox, '1-结构异常.docx'), overbuiltWordFile());
  fs.writeFileSync(path.join(inbox, '2-层层嵌套.html'), `<html><body>${'<div>'.repeat(5_000)}<p>关于开展红色工地建设的通知。</p>${'</div>'.repeat(5_000)}</body></html>`);
  // Eight million and more characters in 16 MB of GB18030: under the size limit, over what a document may hold.
  fs.writeFileSync(path.join(inbox, '3-超长文本.txt'), iconv.encode('红色工地党建引领，安全生产常抓不懈。'.repeat(480_000), 'gb18030'));
  fs.writeFileSync(path.join(inbox, '4-通知.txt'), '关于做好红色工地观摩活动的通知\n\n各县（市、区）住建局：\n请于本月底前报送观摩项目名单。\n');
});

afterAll(() => {
  host.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('files built to exhaust the readers', () => {
  it('each fails alone with 文件过于复杂 while the library answers, and the ordinary file is imported', async () => {
    const started = await call('import.start', { paths: [path.join(root, 'in')] });
    // Asked while the first file is being parsed: answered then, not after the batch.
    const info = await call('library.info', {});
    const during = await call('import.results', { jobId: started.jobId, after: 0 });
    expect(info.documentCount).toBe(0);
    expect(during.done).toBe(false);

    const finished = await untilDone(started.jobId);
    const byFile = new Map(finished.results.map((line) => [path.basename(line.file), line]));
    expect(byFile.get('1-结构异常.docx')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^文件过于复杂，已停止解析：Word 文档/) });
    expect(byFile.get('2-层层嵌套.html')).toMatchObject({ status: 'failed', error: expect.stringContaining('层层嵌套超过') });
    expect(byFile.get('3-超长文本.txt')).toMatchObject({ status: 'failed', error: expect.stringContaining('文件过于复杂，已停止解析：其中的文字超过 800 万字') });
    expect(byFile.get('4-通知.txt')).toMatchObject({ status: 'imported', title: '关于做好红色工地观摩活动的通知' });
    expect((await call('library.info', {})).documentCount).toBe(1);
    // Nothing of the refused files is kept: only the notice's original is in the library.
    expect(fs.readdirSync(path.join(root, 'library', 'originals'), { recursive: true }).filter((name) => String(name).includes('.'))).toHaveLength(1);
  }, 120_000);
});
