import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Library } from '../../../electron/engine/core/library';
import { importStaged, stageSource } from '../../../electron/engine/import/import-service';
import { loadOfflinePageSources, looksLikeOfflineReviewPage, offlineReviewPageHtml } from '../../../electron/engine/selection/review-package/offline-review-page';
import { packageContents } from '../../../electron/engine/selection/review-package/review-package-contents';
import { openReviewPackage } from '../../../electron/engine/selection/review-package/review-package-read';
import { makeReviewPackage } from '../../../electron/engine/selection/review-package/review-package-write';
import { getRound } from '../../../electron/engine/selection/selection-service';
import { contentSecurityPolicyOf, cspHashOf, inlineBlocks, offlinePageDataOf } from '../../helpers/offline-review-page';
import { REPO_ROOT, RESOURCES_FOLDER, withTempLibrary } from '../../helpers/temp-library';
import { ALL_NAMES, NAMED_CASES, namedCasesInRound, type NamedCaseKey } from './review-package-fixtures';

let library: Library;
let folder: string;
let cleanup: () => void;
let ids: Record<NamedCaseKey, string>;
let roundId: string;

beforeEach(async () => {
  ({ library, folder, cleanup } = withTempLibrary());
  ({ ids, roundId } = await namedCasesInRound(library, ['王评审', '李评审']));
});
afterEach(() => cleanup());

const out = (name: string) => path.join(folder, name);

describe('评审包 as one offline HTML page', () => {
  it('writes exactly the file asked for: one page with the rubric, the cases and the same package id and secret as the .cbreview', () => {
    const written = makeReviewPackage(library, { roundId, reviewer: '王评审', blind: false, format: 'html', out: out('王评审.html') });
    expect(written).toMatchObject({ format: 'html', path: out('王评审.html'), fileName: '王评审.html', count: 3, contentBase64: null });
    const html = fs.readFileSync(out('王评审.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>2025年度红色工地十大典型案例评选 · 评审人 王评审</title>');
    const data = offlinePageDataOf(html);
    expect(data.info).toMatchObject({ roundId, reviewer: '王评审', blind: false });
    expect(data.info.criteria.map((criterion) => criterion.name)).toEqual(getRound(library, roundId).criteria.map((criterion) => criterion.name));
    expect(data.submissions.find((item) => item.id === ids.hongjian)).toMatchObject({ title: NAMED_CASES.hongjian.title, organization: NAMED_CASES.hongjian.organization });

    makeReviewPackage(library, { roundId, reviewer: '王评审', blind: false, out: out('王评审.cbreview') });
    const zip = openReviewPackage(out('王评审.cbreview')).info;
    expect(data.info).toEqual(zip);
  });

  it('is self-contained and locked down: no URL to fetch, only its own script and styles, allowed by hash', () => {
    makeReviewPackage(library, { roundId, reviewer: '王评审', blind: false, format: 'html', out: out('page.html') });
    const html = fs.readFileSync(out('page.html'), 'utf8');
    expect(html).not.toMatch(/https?:\/\//i);
    const markup = html.replace(/<(script|style)(\s[^>]*)?>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
    expect(markup).not.toMatch(/\s(?:src|href|action|srcset|poster|data)\s*=/i);
    expect(markup).not.toMatch(/<(?:link|iframe|object|embed|img|base|form)\b/i);
    const code = inlineBlocks(html).filter((block) => block.type !== 'application/json').map((block) => block.content).join('\n');
    expect(code).not.toMatch(/@import|url\(|fetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|import\(/);

    const policy = contentSecurityPolicyOf(html);
    expect(policy).not.toBeNull();
    const blocks = inlineBlocks(html);
    const scripts = blocks.filter((block) => block.tag === 'script' && block.type !== 'application/json');
    const styles = blocks.filter((block) => block.tag === 'style');
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(policy!.get('default-src')).toEqual(["'none'"]);
    expect(policy!.get('script-src')).toEqual([cspHashOf(scripts[0]!.content)]);
    expect(policy!.get('style-src')).toEqual([cspHashOf(styles[0]!.content)]);
    expect(policy!.get('img-src')).toEqual(['data:']);
    expect(policy!.get('form-action')).toEqual(["'none'"]);
    expect(policy!.get('base-uri')).toEqual(["'none'"]);
    // No inline handlers or style attributes, which the policy would block.
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
  });

  it('a case that writes </script> cannot end the data block', () => {
    const contents = packageContents(library, { roundId, reviewer: '王评审', blind: false });
    const hostile = '</script><script>alert("x")</script><!-- 党建联建 {{script}}';
    contents.submissions[0] = { ...contents.submissions[0]!, title: hostile, text: `正文\n${hostile}` };
    const html = offlineReviewPageHtml(contents, loadOfflinePageSources(RESOURCES_FOLDER));
    expect(inlineBlocks(html).filter((block) => block.tag === 'script')).toHaveLength(2);
    const data = offlinePageDataOf(html);
    expect(data.submissions[0]).toMatchObject({ title: hostile, text: `正文\n${hostile}` });
    expect(html).not.toContain('<script>alert');
  });

  it('盲评: no unit or person name of any case is in the page bytes', () => {
    makeReviewPackage(library, { roundId, reviewer: '李评审', blind: true, format: 'html', out: out('blind.html') });
    const bytes = fs.readFileSync(out('blind.html'));
    for (const name of ALL_NAMES) expect(bytes.includes(Buffer.from(name, 'utf8')), name).toBe(false);
    const hongjian = offlinePageDataOf(bytes.toString('utf8')).submissions.find((item) => item.id === ids.hongjian);
    expect(hongjian).toMatchObject({ organization: null, title: '某单位：“红领筑建”党建联盟扎根安置房工地' });
    // Not vacuous: the same page made without 盲评 names them.
    makeReviewPackage(library, { roundId, reviewer: '李评审', blind: false, format: 'html', out: out('named.html') });
    expect(fs.readFileSync(out('named.html')).includes(Buffer.from(NAMED_CASES.hongjian.organization, 'utf8'))).toBe(true);
  });

  it('comes back as bytes with a .html name when no file is named (the download in browser mode)', () => {
    const written = makeReviewPackage(library, { roundId, reviewer: '王评审', blind: true, format: 'html' });
    expect(written).toMatchObject({ format: 'html', path: null, fileName: '评审包-2025年度红色工地十大典型案例评选-王评审.html' });
    const html = Buffer.from(written.contentBase64!, 'base64').toString('utf8');
    expect(offlinePageDataOf(html).info.reviewer).toBe('王评审');
    expect(getRound(library, roundId).reviewerStatus.find((item) => item.reviewer === '王评审')).toMatchObject({ blind: true });
  });
});

describe('导入 given the offline page by mistake', () => {
  it('refuses it with what to do instead, from disk or uploaded, and adds no document', async () => {
    makeReviewPackage(library, { roundId, reviewer: '王评审', blind: true, format: 'html', out: out('评审包-王评审.html') });
    const before = library.db.prepare('SELECT COUNT(*) AS n FROM documents').get();
    const fromDisk = await importStaged(library, stageSource(library, { file: '评审包-王评审.html', fsPath: out('评审包-王评审.html') }));
    const uploaded = await importStaged(library, stageSource(library, { file: '评审包-王评审.html', bytes: fs.readFileSync(out('评审包-王评审.html')) }));
    for (const lines of [fromDisk, uploaded]) {
      expect(lines).toMatchObject([{ status: 'failed', id: null }]);
      expect(lines[0]!.error).toMatch(/离线评审网页，不是评分结果.*保存评分结果.*资料库没有任何改动/);
    }
    expect(library.db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual(before);
    expect(getRound(library, roundId).returnedReviewers).toEqual([]);
    // Casebook's own HTML export is a web page like any other.
    expect(looksLikeOfflineReviewPage(Buffer.from('<!DOCTYPE html><html><head><meta name="generator" content="Casebook 案例库"></head></html>'))).toBe(false);
  });
});

describe('the offline page\'s sources in the packaged app', () => {
  it('are copied with the other resources, so the desktop app finds them where the tests and the command line do', () => {
    const config = parse(fs.readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as { extraResources: { from: string; to: string; filter?: string[] }[] };
    const copied = config.extraResources.find((entry) => entry.from === 'resources' && entry.to === 'resources');
    expect(copied?.filter).toContain('offline-review/**');
    expect(fs.readdirSync(path.join(RESOURCES_FOLDER, 'offline-review')).sort()).toEqual(['offline-review.css', 'offline-review.html', 'offline-review.js']);
  });
});
