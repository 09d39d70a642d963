import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Library } from '../../../electron/engine/core/library';
import { setDocumentTags } from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { addNote } from '../../../electron/engine/documents/notes-service';

/** Three short documents in the style of the programme's material, written for these tests. */
export const EXCHANGE_TEXTS = [
  {
    name: '鹿城区红色工地党建联盟实施方案.txt',
    text: '鹿城区红色工地党建联盟实施方案\n\n发布日期：2024-03-18  信息来源：鹿城区住建局\n\n为深化“把支部建在项目上”，区住建局联合建设、施工、监理单位成立红色工地党建联盟，首批吸纳18家企业党组织。\n',
    tags: ['主题/党建联建', '地区/温州'],
    note: '可作为培训第三讲的开篇材料。',
  },
  {
    name: '安置房项目“一党员一岗位”做法.txt',
    text: '安置房项目“一党员一岗位”做法\n\n项目临时党支部为每名党员设立责任岗位，在安全巡查、质量验收中亮身份、作表率，覆盖职工1200余人。\n',
    tags: ['主题/党员先锋'],
    note: null,
  },
  {
    name: '清廉工地建设推进会召开.txt',
    text: '清廉工地建设推进会召开\n\n来源：温州日报  作者：李帅  2023-06-02\n\n会议部署清廉工地建设，要求各项目把廉洁风险点纳入每周例会。\n',
    tags: [],
    note: '注意核对会议日期。',
  },
];

export async function addExchangeDocuments(library: Library): Promise<string[]> {
  const ids: string[] = [];
  for (const item of EXCHANGE_TEXTS) {
    const result = await importBytes(library, item.name, Buffer.from(item.text, 'utf8'));
    if (!result.id) throw new Error(result.error ?? 'import failed');
    if (item.tags.length > 0) setDocumentTags(library, result.id, item.tags, []);
    if (item.note) addNote(library, result.id, item.note);
    ids.push(result.id);
  }
  return ids;
}

/** Every file of a library folder with its SHA-256 (the -shm index SQLite rewrites on reads left out). */
export function folderFingerprint(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.name.endsWith('-shm')) out[path.relative(folder, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(folder);
  return out;
}

/** Rewrites a ZIP with `change` applied to its entries (for tampered bundles and backups). */
export function rewriteZip(file: string, target: string, change: (entries: Record<string, Uint8Array>) => void): string {
  const entries = unzipSync(fs.readFileSync(file));
  change(entries);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = [data, { level: 1 }];
  fs.writeFileSync(target, zipSync(zippable));
  return target;
}

export function jsonEntry(value: unknown): Uint8Array {
  return strToU8(JSON.stringify(value));
}

export function parseEntry<T>(data: Uint8Array | undefined): T {
  return JSON.parse(Buffer.from(data ?? new Uint8Array()).toString('utf8')) as T;
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
