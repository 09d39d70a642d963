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
