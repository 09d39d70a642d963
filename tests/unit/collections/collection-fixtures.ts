import type { Library } from '../../../electron/engine/core/library';
import { importBytes } from '../../../electron/engine/import/import-service';

/** Three short documents written for these tests in the style of domain.md. */
export const SOURCES = {
  lianjian: {
    name: '党建联建案例.txt',
    text: '“党建联盟”凝聚红色工地合力\n\n某建设集团在城东安置房项目成立临时党支部，联合建设、施工、监理单位开展结对共建。\n\n项目吸纳了12家企业党组织，覆盖职工3000余人。',
  },
  quanyi: {
    name: '工人权益做法.txt',
    text: '“赤色能量站”守护工友权益\n\n项目党支部在生活区设立赤色能量站，提供法律咨询、薪资监督和夜校课程。\n\n全年帮助工友追回工资86万元。',
  },
  qinglian: {
    name: '清廉工地通知.txt',
    text: '关于推进清廉工地建设的通知\n\n各有关单位：为深化红色工地建设，现就清廉工地建设通知如下。\n\n一、加强廉政教育。二、规范招投标管理。',
  },
} as const;

export async function importSources(library: Library): Promise<{ lianjian: string; quanyi: string; qinglian: string }> {
  const ids: Record<string, string> = {};
  for (const [key, source] of Object.entries(SOURCES)) {
    const result = await importBytes(library, source.name, Buffer.from(source.text, 'utf8'));
    if (!result.id) throw new Error(`fixture ${source.name} not imported: ${JSON.stringify(result)}`);
    ids[key] = result.id;
  }
  return ids as { lianjian: string; quanyi: string; qinglian: string };
}

/** Offsets of a phrase in a document's cleaned text. */
export function rangeOf(library: Library, documentId: string, phrase: string): { start: number; end: number } {
  const { text } = library.db.prepare('SELECT text FROM documents WHERE id = ?').get(documentId) as { text: string };
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase ${phrase} not in ${documentId}`);
  return { start, end: start + phrase.length };
}
