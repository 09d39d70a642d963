import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '../../../electron/engine/core/library';
import { importBytes } from '../../../electron/engine/import/import-service';
import type { ImportResult } from '../../../shared/model/import';
import { FIXTURES_FOLDER, RESOURCES_FOLDER } from '../../helpers/temp-library';

export const NEAR_DUPLICATE_FIXTURES = path.join(FIXTURES_FOLDER, 'near-duplicates');

/** The fixtures by role (tests/fixtures/near-duplicates/). */
export const FIXTURE = {
  siteA: 'story-site-a.txt', // the story on the district bureau's site (breadcrumbs, 字号, 打印/关闭, footer)
  siteB: 'story-site-b.html', // the same story on a news portal (编者按, 责任编辑, related list, 免责声明)
  siteC: 'story-site-c.txt', // the same story copied from a WeChat account (蓝字关注, sub-headings, 往期推荐)
  edited: 'story-edited.txt', // a month later: a few sentences and figures changed, the closing rewritten
  otherStory: 'other-story-same-theme.txt', // another project, the same slogans
  noticeWenzhou: 'notice-template-wenzhou.txt', // one template, two cities, two 发文字号
  noticeTaizhou: 'notice-template-taizhou.txt',
} as const;

export function fixtureBytes(name: string): Buffer {
  return fs.readFileSync(path.join(NEAR_DUPLICATE_FIXTURES, name));
}

export async function importFixture(library: Library, name: string): Promise<ImportResult & { id: string }> {
  const result = await importBytes(library, name, fixtureBytes(name));
  if (result.status !== 'imported' || !result.id) throw new Error(`${name}: ${result.status} ${result.error ?? ''}`);
  return { ...result, id: result.id };
}

/** The cleaned text the importer stored: similarity is measured on this, never on the raw file. */
export function storedText(library: Library, id: string): string {
  return (library.db.prepare('SELECT text FROM documents WHERE id = ?').get(id) as { text: string }).text;
}

export function sampleFiles(): string[] {
  const folder = path.join(RESOURCES_FOLDER, 'sample');
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(folder, name));
}
