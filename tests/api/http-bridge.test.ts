import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, DocumentSummary } from '../../shared/model/document';
import type { HistoryEntry } from '../../shared/model/history';
import type { ImportResult } from '../../shared/model/import';
import type { LibraryInfo } from '../../shared/model/library';
import type { Note } from '../../shared/model/note';
import type { SearchResponse } from '../../shared/model/search';
import type { TagNode } from '../../shared/model/tag';
import { contentSecurityPolicy } from '../../electron/main/csp';
import { CONTENT_SECURITY_POLICY } from '../../electron/server/http-guard';
import type { BrowserModeServer } from '../../electron/server/start-server';
import { FIXTURES_FOLDER } from '../helpers/temp-library';
import { BridgeSandbox, CHINESE, INDEX_HTML, SECRET, callApi, errorOf, findTag, okResult, rawRequest } from './http-helpers';

const API_FIXTURES = path.join(FIXTURES_FOLDER, 'api');
let sandbox: BridgeSandbox;

beforeAll(() => {
  sandbox = new BridgeSandbox();
});

afterAll(async () => {
  await sandbox.close();
});

describe('HTTP bridge: a working library', () => {
  let server: BrowserModeServer;
  let port: number;
  let token: string;
  let libraryFolder: string;
  let practiceId: string;
  let newsId: string;

  beforeAll(async () => {
    libraryFolder = path.join(sandbox.root, 'library');
    server = await sandbox.start(libraryFolder);
    ({ port, token } = server);
  });

  it('listens on loopback with a random 64-hex-digit token in the page URL', () => {
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(server.url).toBe(`http://127.0.0.1:${port}/#token=${token}`);
    expect(port).toBeGreaterThan(0);
  });

  it('serves the renderer with the strict CSP and security headers', async () => {
    const page = await rawRequest({ port, path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toBe(INDEX_HTML);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY.startsWith(contentSecurityPolicy({ dev: false }))).toBe(true);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');

    const script = await rawRequest({ port, path: '/assets/app.js?v=1' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.text).toContain('案例库');
    expect((await rawRequest({ port, path: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');

    const head = await rawRequest({ port, method: 'HEAD', path: '/assets/app.js' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('falls back to index.html for app routes but lists no folders and invents no files', async () => {
    const route = await rawRequest({ port, path: '/library/abc123' });
    expect(route.status).toBe(200);
    expect(route.text).toBe(INDEX_HTML);
    expect((await rawRequest({ port, path: '/assets/' })).status).toBe(404);
    expect((await rawRequest({ port, path: '/assets' })).status).toBe(404);
    expect((await rawRequest({ port, path: '/favicon.ico' })).status).toBe(404);
    expect((await rawRequest({ port, method: 'POST', path: '/' })).status).toBe(405);
  });

  it('refuses paths that try to leave the static folder', async () => {
    const escapes = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      '//etc/passwd',
      '/C:/Windows/win.ini',
      `/${encodeURIComponent(path.join(sandbox.root, 'secret.txt'))}`,
      '/%00index.html',
      '/%E0%A4%A',
      '/assets/link.txt',
    ];
    for (const escape of escapes) {
      const response = await rawRequest({ port, path: escape });
      expect([400, 404], `${escape} → ${response.status}`).toContain(response.status);
      expect(response.text).not.toContain(SECRET);
    }
  });

  it('requires the bearer token and changes nothing without it', async () => {
    const missing = await callApi(port, token, 'library.info', {}, { token: null });
    expect(missing.status).toBe(401);
    expect(errorOf(missing).code).toBe('UNAUTHORIZED');
    expect(errorOf(missing).message).toMatch(CHINESE);

    const wrong = await callApi(port, token, 'tags.create', { path: '不该出现的标签' }, { token: 'f'.repeat(64) });
    expect(wrong.status).toBe(401);
    expect(errorOf(wrong).code).toBe('UNAUTHORIZED');
    const prefix = await callApi(port, token, 'tags.create', { path: '不该出现的标签' }, { token: token.slice(0, 32) });
    expect(prefix.status).toBe(401);
    const basic = await callApi(port, token, 'tags.create', { path: '不该出现的标签' }, { token: null, headers: { Authorization: `Basic ${token}` } });
    expect(basic.status).toBe(401);

    const tags = await okResult<TagNode[]>(port, token, 'tags.list');
    expect(findTag(tags, '不该出现的标签')).toBeUndefined();
  });

  it('refuses foreign Host headers (DNS rebinding) and cross-origin requests', async () => {
    const rebinding = await callApi(port, token, 'library.info', {}, { headers: { Host: `evil.example:${port}` } });
    expect(rebinding.status).toBe(403);
    expect(errorOf(rebinding).message).toMatch(CHINESE);
    expect((await callApi(port, token, 'library.info', {}, { headers: { Host: `127.0.0.1:${port + 1}` } })).status).toBe(403);
    expect((await rawRequest({ port, path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);

    const crossOrigin = await callApi(port, token, 'library.info', {}, { headers: { Origin: 'http://evil.example' } });
    expect(crossOrigin.status).toBe(403);
    expect((await callApi(port, token, 'library.info', {}, { headers: { Origin: 'null' } })).status).toBe(403);

    expect((await callApi(port, token, 'library.info', {}, { headers: { Host: `localhost:${port}` } })).status).toBe(200);
    expect((await callApi(port, token, 'library.info', {}, { headers: { Origin: `http://127.0.0.1:${port}` } })).status).toBe(200);
  });

  it('answers malformed requests with typed Chinese errors', async () => {
    const get = await rawRequest({ port, path: '/api/library.info', headers: { Authorization: `Bearer ${token}` } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect(JSON.parse(get.text)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });

    const malformed = await callApi(port, token, 'documents.list', undefined, { rawBody: '{"kind": "policy",' });
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(errorOf(malformed).message).toMatch(CHINESE);

    const unknown = await callApi(port, token, 'documents.explode', {});
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown).code).toBe('UNKNOWN_METHOD');
    expect(errorOf(unknown).message).toMatch(CHINESE);
    expect((await callApi(port, token, '', {})).status).toBe(404);

    const schema = await callApi(port, token, 'documents.get', { id: '   ' });
    expect(schema.status).toBe(400);
    expect(errorOf(schema).code).toBe('BAD_REQUEST');
    expect(errorOf(schema).message).toContain('缺少资料编号');

    const extraKey = await callApi(port, token, 'documents.list', { kind: 'policy', dropTables: true });
    expect(extraKey.status).toBe(400);
    expect(errorOf(extraKey).code).toBe('BAD_REQUEST');

    const missingDocument = await callApi(port, token, 'documents.get', { id: 'zzzzzzzzzzzz' });
    expect(missingDocument.status).toBe(404);
    expect(errorOf(missingDocument).code).toBe('NOT_FOUND');
    expect(errorOf(missingDocument).message).toMatch(CHINESE);
  });

  it('imports uploaded UTF-8 and GBK text files', async () => {
    const practice = fs.readFileSync(path.join(API_FIXTURES, 'company-practice.txt'));
    const newsGbk = iconv.encode(fs.readFileSync(path.join(API_FIXTURES, 'lucheng-news.txt'), 'utf8'), 'gbk');
    expect(newsGbk.equals(fs.readFileSync(path.join(API_FIXTURES, 'lucheng-news.txt')))).toBe(false);

    const results = await okResult<ImportResult[]>(port, token, 'import.upload', {
      files: [
        { name: 'company-practice.txt', contentBase64: practice.toString('base64') },
        { name: 'lucheng-news-gbk.txt', contentBase64: newsGbk.toString('base64') },
      ],
      tags: ['主题/党建联建'],
    });
    expect(results.map((result) => result.status)).toEqual(['imported', 'imported']);
    practiceId = results[0]?.id ?? '';
    newsId = results[1]?.id ?? '';
    expect(results[0]?.title).toContain('红领筑建');

    const news = await okResult<DocumentRecord>(port, token, 'documents.get', { id: newsId });
    expect(news.title).toContain('鹿城区成立建筑业党建联盟');
    expect(news.text).toContain('辖区51家建筑企业党组织签订共建协议');
    expect(news.original?.encoding).toBe('gb18030');
    expect(news.original?.size).toBe(newsGbk.length);
    expect(news.tags).toContain('主题/党建联建');

    const again = await okResult<ImportResult[]>(port, token, 'import.upload', {
      files: [{ name: '再次上传.txt', contentBase64: practice.toString('base64') }],
    });
    expect(again[0]).toMatchObject({ status: 'duplicate', duplicateOf: practiceId });

    // Read the GBK news as Big5 (乱码), then back as GB18030, as the reader's 更换编码 does.
    const garbled = await okResult<DocumentRecord>(port, token, 'documents.reread', { id: newsId, encoding: 'big5' });
    expect(garbled.text).not.toContain('辖区51家建筑企业党组织签订共建协议');
    const reread = await okResult<DocumentRecord>(port, token, 'documents.reread', { id: newsId, encoding: 'gb18030' });
    expect(reread.text).toContain('辖区51家建筑企业党组织签订共建协议');
    expect(reread.original?.encoding).toBe('gb18030');
    const noEncoding = await callApi(port, token, 'documents.reread', { id: newsId, encoding: '' });
    expect(noEncoding.status).toBe(400);
    expect(errorOf(noEncoding).message).toContain('请选择文字编码');
  });

  it('lists, reads, edits, trashes and restores documents', async () => {
    const listed = await okResult<{ total: number; items: DocumentSummary[] }>(port, token, 'documents.list', { sort: 'title', order: 'asc' });
    expect(listed.total).toBe(2);
    expect(listed.items.map((item) => item.id).sort()).toEqual([practiceId, newsId].sort());

    const updated = await okResult<DocumentRecord>(port, token, 'documents.update', {
      id: practiceId,
      patch: { kind: 'practice', region: '浙江省温州市鹿城区双屿街道', date: '2023-06-02', practiceName: '红领筑建' },
    });
    expect(updated).toMatchObject({ region: '浙江省温州市鹿城区双屿街道', date: '2023-06-02', practiceName: '红领筑建' });
    expect(updated.fieldOrigins.region).toBe('user');
    const badDate = await callApi(port, token, 'documents.update', { id: practiceId, patch: { date: '2023-02-30' } });
    expect(badDate.status).toBe(400);
    expect(errorOf(badDate).message).toContain('YYYY-MM-DD');

    const history = await okResult<HistoryEntry[]>(port, token, 'documents.history', { id: practiceId });
    expect(history.find((entry) => entry.field === 'region')).toMatchObject({ newValue: '浙江省温州市鹿城区双屿街道', actor: '测试员' });

    expect(await okResult(port, token, 'documents.trash', { ids: [newsId] })).toEqual({ count: 1, undoId: expect.any(String) });
    expect((await okResult<{ total: number }>(port, token, 'documents.list', {})).total).toBe(1);
    const trash = await okResult<{ total: number; items: DocumentSummary[] }>(port, token, 'documents.list', { trashed: true });
    expect(trash.items.map((item) => item.id)).toEqual([newsId]);
    const notTrashed = await callApi(port, token, 'documents.purge', { ids: [practiceId] });
    expect(notTrashed.status).toBe(409);
    expect(errorOf(notTrashed).code).toBe('CONFLICT');
    expect(await okResult(port, token, 'documents.restore', { ids: [newsId] })).toEqual({ count: 1 });
    expect((await okResult<{ total: number }>(port, token, 'documents.list', {})).total).toBe(2);
  });

  it('creates tags, tags documents and counts them', async () => {
    await okResult<TagNode[]>(port, token, 'tags.create', { path: '资料用途/培训课件', description: '支部书记培训用' });
    const record = await okResult<DocumentRecord>(port, token, 'documents.setTags', {
      id: practiceId,
      add: ['资料用途/培训课件', '一强一优五提升/权益保障提升'],
      remove: ['主题/党建联建'],
    });
    expect(record.tags).toEqual(expect.arrayContaining(['资料用途/培训课件', '一强一优五提升/权益保障提升']));
    expect(record.tags).not.toContain('主题/党建联建');
    const tree = await okResult<TagNode[]>(port, token, 'tags.list');
    expect(findTag(tree, '资料用途/培训课件')).toMatchObject({ count: 1, description: '支部书记培训用' });
    expect(findTag(tree, '主题/党建联建')?.count).toBe(1);
    const filtered = await okResult<{ total: number; items: DocumentSummary[] }>(port, token, 'documents.list', { tag: '资料用途/培训课件' });
    expect(filtered.items.map((item) => item.id)).toEqual([practiceId]);
  });

  it('adds, edits and deletes notes', async () => {
    const note = await okResult<Note>(port, token, 'notes.add', { documentId: practiceId, body: '可作为第三讲“党建联建”的例子。' });
    expect(note.documentId).toBe(practiceId);
    await okResult<Note>(port, token, 'notes.update', { id: note.id, body: '第三讲例子：党员先锋岗12个。' });
    const notes = await okResult<Note[]>(port, token, 'notes.list', { documentId: practiceId });
    expect(notes.map((item) => item.body)).toEqual(['第三讲例子：党员先锋岗12个。']);
    expect(await okResult(port, token, 'notes.delete', { id: note.id })).toEqual({ ok: true });
    expect(await okResult<Note[]>(port, token, 'notes.list', { documentId: practiceId })).toEqual([]);
    const empty = await callApi(port, token, 'notes.add', { documentId: practiceId, body: '   ' });
    expect(errorOf(empty)).toMatchObject({ code: 'BAD_REQUEST' });
    expect(errorOf(empty).message).toContain('备注不能为空');
  });

  it('finds imported documents through search', async () => {
    const practice = await okResult<SearchResponse>(port, token, 'search.query', { query: '红领筑建' });
    expect(practice.hits.map((hit) => hit.id)).toContain(practiceId);
    const news = await okResult<SearchResponse>(port, token, 'search.query', { query: '党建联盟' });
    const hit = news.hits.find((item) => item.id === newsId);
    expect(hit).toBeDefined();
    expect(hit?.snippet).toContain('\u0001');
    expect(news.total).toBeGreaterThanOrEqual(1);
    expect(typeof news.tookMs).toBe('number');
  });

  it('reports library info', async () => {
    const info = await okResult<LibraryInfo>(port, token, 'library.info');
    expect(info).toMatchObject({ documentCount: 2, trashCount: 0, appVersion: 'test', offerSample: false });
    expect(fs.realpathSync(info.path)).toBe(fs.realpathSync(libraryFolder));
  });
});
