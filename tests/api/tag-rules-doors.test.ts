import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../shared/model/document';
import type { ImportResult } from '../../shared/model/import';
import type { TagNode } from '../../shared/model/tag';
import type { DocumentSuggestions, RuleApplyResult, RuleTestResult, TagRule } from '../../shared/model/tag-rule';
import { captureCliIo } from '../helpers/cli-io';
import { runCli } from '../../electron/cli/main';
import type { BrowserModeServer } from '../../electron/server/start-server';
import { BridgeSandbox, CHINESE, callApi, errorOf, findTag, okResult } from './http-helpers';

// Tag rules and suggestions through the HTTP bridge (browser mode) and the command line.
let sandbox: BridgeSandbox;
let server: BrowserModeServer;
let libraryFolder: string;
let inputs: string;

beforeAll(async () => {
  sandbox = new BridgeSandbox();
  libraryFolder = path.join(sandbox.root, 'library');
  inputs = path.join(sandbox.root, 'inputs');
  fs.mkdirSync(inputs);
  server = await sandbox.start(libraryFolder);
});
afterAll(async () => {
  await sandbox.close();
});

const call = <T>(method: string, payload: unknown = {}) => okResult<T>(server.port, server.token, method, payload);

const NOTICE = `某区住建局关于推进清廉工地建设的通知

各项目部要开展廉政教育，推行“阳光施工”，落实“一岗双责”。
项目临时党支部要组织党员认领廉洁风险点。`;

describe('tag rules over HTTP', () => {
  let rule: TagRule;

  it('lists the shipped rules and creates, updates and tests a new one', async () => {
    const shipped = await call<TagRule[]>('tagRules.list');
    expect(shipped.length).toBeGreaterThanOrEqual(25);
    expect(shipped.find((item) => item.tagPath === '主题/清廉工地')).toMatchObject({ match: 'any', autoApply: false, enabled: true });

    rule = await call<TagRule>('tagRules.create', { tagPath: '主题/党员先锋岗', match: 'regex', pattern: '一岗双责|党员认领' });
    expect(rule).toMatchObject({ match: 'regex', caseSensitive: false, fields: 'both', autoApply: false, id: expect.any(String) });
    rule = await call<TagRule>('tagRules.update', { id: rule.id, patch: { autoApply: true } });
    expect(rule.autoApply).toBe(true);
    expect((await call<TagRule[]>('tagRules.list')).at(-1)?.id).toBe(rule.id);
  });

  it('refuses unsafe or malformed rules with Chinese messages, changing nothing', async () => {
    const before = await call<TagRule[]>('tagRules.list');
    for (const payload of [
      { tagPath: '主题/清廉工地', match: 'regex', pattern: '(a+)+$' },
      { tagPath: '主题/清廉工地', match: 'regex', pattern: '[清廉' },
      { tagPath: '主题/清廉工地', match: 'any', pattern: '   ' },
      { tagPath: '主题/清廉工地', match: 'fuzzy', pattern: '清廉' },
      { tagPath: '主题/清廉工地', match: 'any', pattern: '清廉', extra: true },
    ]) {
      const response = await callApi(server.port, server.token, 'tagRules.create', payload);
      expect(response.status, JSON.stringify(payload)).toBe(400);
      expect(errorOf(response).code).toBe('BAD_REQUEST');
      expect(errorOf(response).message).toMatch(CHINESE);
    }
    const unsafeUpdate = await callApi(server.port, server.token, 'tagRules.update', { id: rule.id, patch: { pattern: '(\\w+\\s?)*x' } });
    expect(errorOf(unsafeUpdate)).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('嵌套') });
    expect(errorOf(await callApi(server.port, server.token, 'tagRules.delete', { id: 'nosuchrule' })).code).toBe('NOT_FOUND');
    expect(await call<TagRule[]>('tagRules.list')).toEqual(before);
  });

  it('applies an auto-apply rule at import and stores suggestions; 采用 and 忽略 work', async () => {
    const file = path.join(inputs, '清廉工地通知.txt');
    fs.writeFileSync(file, NOTICE);
    const [result] = await call<ImportResult[]>('import.files', { paths: [file] });
    expect(result?.status).toBe('imported');
    const id = result?.id ?? '';
    expect((await call<DocumentRecord>('documents.get', { id })).tags).toEqual(['主题/党员先锋岗']);

    const suggestions = await call<DocumentSuggestions>('documents.suggestions', { id });
    const clean = suggestions.tags.find((tag) => tag.tagPath === '主题/清廉工地');
    expect(clean).toMatchObject({ hits: ['清廉工地', '廉洁风险', '廉政'], rule: { match: 'any' } });
    expect(suggestions.terms.map((term) => term.term)).toEqual(['阳光施工', '一岗双责']);

    const adopted = await call<DocumentRecord>('documents.applySuggestion', { id, suggestionId: clean?.id });
    expect(adopted.tags).toEqual(['主题/党员先锋岗', '主题/清廉工地']);
    const term = suggestions.terms[0];
    expect(await call('documents.dismissSuggestion', { id, suggestionId: term?.id })).toEqual({ ok: true });
    const left = await call<DocumentSuggestions>('documents.suggestions', { id });
    expect(left.tags.map((tag) => tag.tagPath)).not.toContain('主题/清廉工地');
    expect(left.terms.map((item) => item.term)).toEqual(['一岗双责']);

    const wrong = await callApi(server.port, server.token, 'documents.applySuggestion', { id, suggestionId: 'x' });
    expect(errorOf(wrong).code).toBe('BAD_REQUEST');
    expect(errorOf(await callApi(server.port, server.token, 'documents.applySuggestion', { id, suggestionId: 987654 })).code).toBe('NOT_FOUND');
  });

  it('tests a draft rule and applies a saved one to the library, moving the tag count', async () => {
    await call('library.loadSample');
    const draft = { tagPath: '主题/志愿服务', match: 'all', pattern: '志愿服务 党员', fields: 'text' };
    const test = await call<RuleTestResult>('tagRules.test', { rule: draft });
    expect(test.scanned).toBeGreaterThanOrEqual(40);
    expect(test.matched).toBeGreaterThan(test.alreadyTagged);
    expect(test.documents[0]).toMatchObject({ hasTag: false, hits: ['志愿服务', '党员'] });

    const saved = await call<TagRule>('tagRules.create', draft);
    const before = findTag(await call<TagNode[]>('tags.list'), '主题/志愿服务')?.count ?? 0;
    const applied = await call<RuleApplyResult>('tagRules.applyToLibrary', { ruleId: saved.id });
    expect(applied).toEqual({ count: test.matched - test.alreadyTagged, matched: test.matched, skippedDismissed: 0 });
    expect(findTag(await call<TagNode[]>('tags.list'), '主题/志愿服务')?.count).toBe(before + applied.count);
    expect(await call('tagRules.delete', { id: saved.id })).toEqual({ ok: true });
  });
});

describe('tag rules on the command line', () => {
  it('lists the rules (casebook rules [--json]) and imports a GBK-named file from a folder', async () => {
    const cliLibrary = path.join(sandbox.root, 'cli-library');
    const folder = Buffer.from(path.join(sandbox.root, 'gbk-folder'));
    fs.mkdirSync(folder);
    fs.writeFileSync(Buffer.concat([folder, Buffer.from(path.sep), iconv.encode('流动党员管理做法.txt', 'gbk')]), '某项目流动党员管理做法\n\n建立候鸟党员积分卡，开展流动党员教育。');

    const imported = captureCliIo();
    expect(await runCli(['import', folder.toString(), '--library', cliLibrary, '--json'], imported.io)).toBe(0);
    const line = JSON.parse(imported.out().trim().split('\n')[0] ?? '{}') as ImportResult;
    expect(line).toMatchObject({ status: 'imported', title: '某项目流动党员管理做法' });
    expect(path.basename(line.file)).toBe('流动党员管理做法.txt');

    const listed = captureCliIo();
    expect(await runCli(['rules', '--library', cliLibrary, '--json'], listed.io)).toBe(0);
    const rules = JSON.parse(listed.out()) as TagRule[];
    expect(rules.map((item) => item.tagPath)).toContain('主题/流动党员管理');
    const human = captureCliIo();
    expect(await runCli(['rules', '--library', cliLibrary], human.io)).toBe(0);
    expect(human.out()).toContain('主题/流动党员管理');
    expect(human.out()).toMatch(/包含任一词“流动党员管理 流动党员教育 候鸟党员 候鸟式”（标题和正文） 仅建议/);
    expect(human.out()).toMatch(/共 \d+ 条规则，其中 0 条在导入时自动加标签。/);
  });
});
