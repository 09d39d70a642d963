import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CasebookError } from '../../../../shared/api/errors';
import { STAGE_LABELS } from '../../../../shared/model/selection';
import type { PackageContents } from './review-package-contents';
import { RESULT_FORMAT, RESULT_VERSION } from './review-package-format';

/**
 * The 评审包 as one offline HTML page, for a reviewer without Casebook: the cases and the scoring
 * form, progress kept in the browser's storage, and a signed 评分结果 file saved for return. The
 * page's template, styles and script are files in resources/offline-review/ (plain browser code,
 * read when a page is written); the data goes in as a JSON block. Nothing is fetched: the
 * Content-Security-Policy allows only the page's own script and styles, by hash, and data: images.
 */

export const OFFLINE_PAGE_EXTENSION = '.html';
export const OFFLINE_PAGE_FORMAT = 'casebook-offline-review';
export const OFFLINE_PAGE_VERSION = 1;
/** Marks the page near its start, so 导入 can tell it from a web page to import (and from Casebook's HTML export). */
export const OFFLINE_PAGE_GENERATOR = 'Casebook 案例库 · 离线评审网页';
const GENERATOR_META = `<meta name="generator" content="${OFFLINE_PAGE_GENERATOR}">`;

/** Whether these first bytes are an offline review page (which is scored in a browser, not imported). */
export function looksLikeOfflineReviewPage(head: Buffer): boolean {
  return head.subarray(0, 4096).toString('utf8').includes(GENERATOR_META);
}

export const OFFLINE_PAGE_IMPORT_REFUSAL =
  '这是评审包的离线评审网页，不是评分结果：请在浏览器中打开它评分，点击“保存评分结果”，再导入得到的评分结果文件（.json）。资料库没有任何改动。';

export interface OfflinePageSources {
  template: string;
  style: string;
  script: string;
}

export function loadOfflinePageSources(resourcesFolder: string): OfflinePageSources {
  const folder = path.join(resourcesFolder, 'offline-review');
  const read = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');
  return { template: read('offline-review.html'), style: read('offline-review.css'), script: read('offline-review.js') };
}

/** What the page's script reads from its JSON block. */
export function offlinePageData(contents: PackageContents) {
  return {
    format: OFFLINE_PAGE_FORMAT,
    version: OFFLINE_PAGE_VERSION,
    createdAt: contents.createdAt,
    stageLabel: STAGE_LABELS[contents.info.stage],
    result: { format: RESULT_FORMAT, version: RESULT_VERSION },
    info: contents.info,
    submissions: contents.submissions,
    /** Attachment entry → the original's bytes, base64 (the page offers them for download, images inline). */
    attachments: Object.fromEntries([...contents.attachmentFiles].map(([entry, file]) => [entry, fs.readFileSync(file).toString('base64')])),
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON that cannot end its <script> block or start a comment in it, whatever the cases say. */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function offlineReviewPageHtml(contents: PackageContents, sources: OfflinePageSources): string {
  for (const [name, text] of [['style', sources.style], ['script', sources.script]] as const) {
    if (/<\/(?:script|style)/i.test(text)) throw new CasebookError('INTERNAL', '离线评审网页的模板有误。', `${name} contains a closing tag`);
  }
  const { info } = contents;
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(sources.script)}`,
    `style-src ${cspHash(sources.style)}`,
    'img-src data:',
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const values: Record<string, string> = {
    generator: GENERATOR_META,
    csp,
    title: escapeHtml(`${info.roundName} · 评审人 ${info.reviewer}`),
    style: sources.style,
    data: jsonForScriptBlock(offlinePageData(contents)),
    script: sources.script,
  };
  // One pass, so nothing inserted (a case's text) is read again as a placeholder.
  return sources.template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new CasebookError('INTERNAL', '离线评审网页的模板有误。', `unknown placeholder ${whole}`);
    return value;
  });
}

/** Writes beside the target and renames (as the .cbreview's ZipWriter), so a failed write never leaves half a page under the name. */
export function writeOfflineReviewPage(target: string, contents: PackageContents, resourcesFolder: string): { path: string; size: number } {
  const bytes = Buffer.from(offlineReviewPageHtml(contents, loadOfflinePageSources(resourcesFolder)), 'utf8');
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(temporary, bytes, { flag: 'wx' });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new CasebookError('BAD_REQUEST', `无法写入文件“${target}”，请检查文件夹是否存在、是否有写入权限。`, String(error));
  }
  return { path: target, size: bytes.length };
}
