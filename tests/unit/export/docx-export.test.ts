import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from '../../../electron/engine/documents/documents-service';
import { exportBytes, makeCollection, makeDraft, prepareTempExportLibrary, type TempExportFixture } from './export-fixtures';

/** Word exports read back: the XML parts (page set-up, styles, fonts, TOC field, footers) and mammoth's text. */

let fixture: TempExportFixture;

beforeAll(async () => {
  fixture = await prepareTempExportLibrary();
}, 60_000);
afterAll(() => fixture?.cleanup());

function parts(bytes: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, strFromU8(data)]));
}

function styleXml(styles: string, id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!match) throw new Error(`style ${id} missing`);
  return match[0];
}

describe('Word export, 公文汇编 template', () => {
  let xml: Record<string, string>;
  let bytes: Buffer;

  beforeAll(async () => {
    const result = await exportBytes(fixture.library, {
      target: { documents: fixture.caseIds },
      format: 'docx',
      template: 'official',
      options: { title: '2025年度红色工地典型案例选编', subtitle: '（候选）', issuer: '某市住房和城乡建设局党建办', date: '2025年3月' },
    });
    bytes = result.bytes;
    expect(result.fileName).toBe('2025年度红色工地典型案例选编.docx');
    expect(result.items).toBe(5);
    xml = parts(bytes);
  });

  it('is A4 with the GB/T 9704 margins (37/35/28/26 mm)', () => {
    const document = xml['word/document.xml']!;
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = [...document.matchAll(/<w:pgMar ([^>]*)\/>/g)].map((match) => match[1]!);
    expect(margins.length).toBeGreaterThanOrEqual(1);
    for (const margin of margins) {
      expect(margin).toMatch(/w:top="2098"/);
      expect(margin).toMatch(/w:bottom="1984"/);
      expect(margin).toMatch(/w:left="1587"/);
      expect(margin).toMatch(/w:right="1474"/);
    }
  });

  it('sets the body in 仿宋_GB2312 三号 at an exact 28.95 pt, condensed to 28 characters a line', () => {
    const normal = styleXml(xml['word/styles.xml']!, 'Normal');
    expect(normal).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(normal).toMatch(/w:ascii="Times New Roman"/);
    expect(normal).toMatch(/<w:sz w:val="32"\/>/);
    expect(normal).toMatch(/<w:spacing [^>]*w:line="579"[^>]*w:lineRule="exact"|<w:spacing [^>]*w:lineRule="exact"[^>]*w:line="579"/);
    expect(normal).toMatch(/<w:spacing w:val="-5"\/>/);
    expect(normal).toMatch(/w:firstLineChars="200"/);
  });

  it('has the title in 方正小标宋简体 二号, headings in 黑体 and 楷体_GB2312', () => {
    const styles = xml['word/styles.xml']!;
    const heading1 = styleXml(styles, 'Heading1');
    expect(heading1).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(heading1).toMatch(/<w:sz w:val="44"\/>/);
    expect(styleXml(styles, 'CbHeading1')).toMatch(/w:eastAsia="黑体"/);
    expect(styleXml(styles, 'CbHeading2')).toMatch(/w:eastAsia="楷体_GB2312"/);
    expect(styleXml(styles, 'CbMeta')).toMatch(/w:eastAsia="楷体_GB2312"/);
  });

  it('names fallbacks for every Chinese font in the font table (仿宋, 黑体, 楷体, 宋体)', () => {
    const table = xml['word/fontTable.xml']!;
    expect(table).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="[^"]*仿宋[^"]*FangSong/);
    expect(table).toMatch(/<w:font w:name="黑体"><w:altName w:val="SimHei/);
    expect(table).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="[^"]*楷体[^"]*KaiTi/);
    expect(table).toMatch(/<w:font w:name="宋体"><w:altName w:val="SimSun/);
    expect(table).toMatch(/<w:font w:name="方正小标宋简体">/);
    expect(table).toMatch(/<w:charset w:val="86"\/>/);
    expect(xml['word/_rels/document.xml.rels']).toContain('fontTable.xml');
  });

  it('has a cover, a TOC field Word can update, with an entry and a page per item', () => {
    const document = xml['word/document.xml']!;
    expect(document).toContain('2025年度红色工地典型案例选编');
    expect(document).toContain('某市住房和城乡建设局党建办');
    expect(document).toContain('2025年3月');
    expect(document).toMatch(/<w:instrText[^>]*>\s*TOC \\h \\o "1-1"|TOC \\h \\o &quot;1-1&quot;/);
    expect((document.match(/PAGEREF _Toc\d+/g) ?? []).length).toBe(5);
    expect(xml['word/settings.xml']).toMatch(/<w:updateFields\/>|<w:updateFields w:val="(true|1)"\/>/);
  });

  it('numbers pages “— 1 —” in 宋体 四号 at the outside: odd right, even left, from 1 after the cover', () => {
    const settings = xml['word/settings.xml']!;
    expect(settings).toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/);
    const footers = Object.entries(xml).filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, text]) => text);
    const numbered = footers.filter((footer) => footer.includes('PAGE'));
    expect(numbered).toHaveLength(2);
    const alignments = numbered.map((footer) => /<w:jc w:val="(\w+)"\/>/.exec(footer)?.[1]).sort();
    expect(alignments).toEqual(['left', 'right']);
    for (const footer of numbered) {
      expect(footer).toContain('— ');
      expect(footer).toContain(' —');
      expect(footer).toMatch(/w:eastAsia="宋体"/);
      expect(footer).toMatch(/<w:sz w:val="28"\/>/);
    }
    expect(xml['word/document.xml']).toMatch(/<w:pgNumType w:start="1"\/>/);
  });

  it('reads back in mammoth with every item title, its metadata line and its text', async () => {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    for (const id of fixture.caseIds) {
      const doc = getDocument(fixture.library, id);
      expect(value).toContain(doc.title);
      const paragraph = doc.text.split('\n\n').find((part) => part.length > 60)!;
      expect(value).toContain(paragraph);
    }
    expect(value).toContain('来源：');
  });
});

describe('Word export keeps structure and covers every target', () => {
  it('writes a document’s headings, lists and table as Word headings, paragraphs and a table', async () => {
    const { bytes } = await exportBytes(fixture.library, { target: { documents: [fixture.structuredId] }, format: 'docx', template: 'official' });
    const document = parts(bytes)['word/document.xml']!;
    expect(document).not.toContain('TOC \\h');
    expect(document).toMatch(/<w:pStyle w:val="CbHeading1"\/>[\s\S]*?一、工作目标/);
    expect(document).toMatch(/<w:pStyle w:val="CbHeading2"\/>[\s\S]*?（一）建强项目临时党支部/);
    expect((document.match(/<w:tbl>/g) ?? []).length).toBe(1);
    expect(document).toContain('滨江学校新建工程');
    const { value } = await mammoth.convertToHtml({ buffer: bytes });
    expect(value).toContain('<table>');
    expect(value).toMatch(/<td><p>城南安置房一期<\/p><\/td>/);
  });

  it('exports a collection with its sections, commentary and cover subtitle', async () => {
    const collectionId = makeCollection(fixture);
    const { bytes, items, fileName } = await exportBytes(fixture.library, { target: { collection: collectionId }, format: 'docx', template: 'handout' });
    expect(items).toBe(3);
    expect(fileName).toBe('2025年度红色工地十大典型案例（候选）.docx');
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain('支部书记培训参考材料');
    expect(value).toContain('一、组织建设');
    expect(value).toContain('二、权益保障');
    expect(value).toContain('【点评】');
    expect(value).toContain('“三张清单”做法值得各项目借鉴');
    expect(value.indexOf('一、组织建设')).toBeLessThan(value.indexOf('二、权益保障'));
    const document = parts(bytes)['word/document.xml']!;
    expect(document).toMatch(/TOC \\h \\o &quot;1-2&quot;|TOC \\h \\o "1-2"/);
  });

  it('exports a draft with its list, table and numbered citation notes', async () => {
    const draftId = makeDraft(fixture.library);
    const { bytes, items } = await exportBytes(fixture.library, { target: { draft: draftId }, format: 'docx', template: 'plain' });
    expect(items).toBe(1);
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain('一、把支部建在项目上');
    expect(value).toContain('吸纳了51家企业党组织，覆盖职工3万余人。[1]');
    expect(value).toContain('党员带班、安全护航');
    expect(value).toContain('注释');
    expect(value).toContain('[1] 《筑牢项目“红色堡垒”》，温州市住房和城乡建设局，2023年6月2日。');
    const styles = parts(bytes)['word/styles.xml']!;
    expect(styleXml(styles, 'Normal')).toMatch(/w:eastAsia="宋体"/);
  });

  it('refuses an unknown document with a clear message and no file', async () => {
    await expect(exportBytes(fixture.library, { target: { documents: ['no-such-id'] }, format: 'docx' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
