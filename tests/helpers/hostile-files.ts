import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';

const HAN = '党建工地红色引领安全质量项目支部书记党员先锋示范岗服务群众农民工讲堂';

/** A 9 MB Word file whose one XML part holds over 1.5 million elements (about 20 MB unpacked, varied so it compresses like real text). */
export function overbuiltWordFile(): Uint8Array {
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

/** A page nested 5,000 levels deep around one sentence. */
export function deeplyNestedPage(): string {
  return `<html><body>${'<div>'.repeat(5_000)}<p>关于开展红色工地建设的通知。</p>${'</div>'.repeat(5_000)}</body></html>`;
}

/** Over eight million characters in 16 MB of GB18030: under the size limit, over what a document may hold. */
export function overlongText(): Buffer {
  return iconv.encode('红色工地党建引领，安全生产常抓不懈。'.repeat(480_000), 'gb18030');
}

/**
 * A 1 MB 交换包 whose three documents declare 60 million characters each (packed 500:1): held in
 * memory, as bundles once were, its texts alone would take over 300 MB per document.
 */
export function memoryBombBundle(): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  const listed: { path: string; size: number; sha256: string }[] = [];
  for (const id of ['01HZX0000000000000000000A1', '01HZX0000000000000000000A2', '01HZX0000000000000000000A3']) {
    const bytes = strToU8(JSON.stringify({ id, text: '工'.repeat(60_000_000) }));
    entries[`documents/${id}.json`] = bytes;
    listed.push({ path: `documents/${id}.json`, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  entries['manifest.json'] = strToU8(JSON.stringify({ format: 'casebook-bundle', version: 1, entries: listed }));
  return zipSync(entries, { level: 1 });
}

/** Writes the four hostile files and one ordinary notice into `folder`; answers their paths in import order. */
export function writeHostileBatch(folder: string): string[] {
  fs.mkdirSync(folder, { recursive: true });
  const files: [string, Uint8Array | string][] = [
    ['1-结构异常.docx', overbuiltWordFile()],
    ['2-层层嵌套.html', deeplyNestedPage()],
    ['3-超长文本.txt', overlongText()],
    ['4-交换包.casebook', memoryBombBundle()],
    ['5-通知.txt', '关于做好红色工地观摩活动的通知\n\n各县（市、区）住建局：\n请于本月底前报送观摩项目名单。\n'],
  ];
  return files.map(([name, content]) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, content);
    return file;
  });
}

const sha256Hex = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/**
 * A 交换包 that passes every limit but is large: `count` documents of `chars` characters each (7.5
 * million by default, under the 8 million a document may hold), varied Han text that packs about
 * 5:1 like real text (four documents make a file of about 26 MB), each with a small original.
 * Answers the file's bytes and the documents' ids and titles.
 */
export function largeLegalBundle(count = 4, chars = 7_500_000): { bytes: Uint8Array; documents: { id: string; title: string }[] } {
  const entries: Record<string, Uint8Array> = {};
  const listed: { path: string; size: number; sha256: string }[] = [];
  const add = (name: string, bytes: Uint8Array): void => {
    entries[name] = bytes;
    listed.push({ path: name, size: bytes.length, sha256: sha256Hex(bytes) });
  };
  const documents: { id: string; title: string }[] = [];
  let seed = 29;
  for (let n = 0; n < count; n += 1) {
    const id = `01HZXLARGE00000000000000B${n}`;
    const title = `红色工地建设长篇汇编（第${n + 1}卷）`;
    const codes = new Uint16Array(chars - title.length - 1);
    for (let i = 0; i < codes.length; i += 1) {
      codes[i] = i % 100 === 99 ? 10 : HAN.charCodeAt((seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) % HAN.length);
    }
    const text = `${title}\n${new TextDecoder('utf-16le').decode(codes)}`;
    const original = strToU8(`${title}（原件，正文见交换包）\n`);
    add(`originals/${sha256Hex(original)}`, original);
    const document = {
      id,
      meta: { title, kind: 'practice', issuer: null, docNumber: null, date: '2024-05-0' + String((n % 9) + 1), effectiveDate: null, level: null, status: null, source: '基准测试', author: null, region: null, year: 2024, organization: null, project: null, practiceName: null, selection: null, url: null, addressees: null, attachments: null },
      text,
      textSha256: sha256Hex(text),
      original: { sha256: sha256Hex(original), fileName: `${title}.txt`, size: original.length, encoding: 'utf-8' },
      fieldOrigins: { title: 'file' },
      tags: ['主题/长篇汇编'],
      notes: [],
      createdAt: '2024-05-01T08:00:00.000Z',
      updatedAt: '2024-05-01T08:00:00.000Z',
    };
    add(`documents/${id}.json`, strToU8(JSON.stringify(document)));
    documents.push({ id, title });
  }
  const manifest = { format: 'casebook-bundle', version: 1, libraryId: 'large-legal-bundle', createdAt: '2024-05-01T08:00:00.000Z', appVersion: 'test', counts: { documents: count, collections: 0, drafts: 0 }, entries: listed };
  entries['manifest.json'] = strToU8(JSON.stringify(manifest));
  return { bytes: zipSync(entries, { level: 1 }), documents };
}
