import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { button, screenshot, startApp, type RunningApp } from './browser-mode';

// A library the app cannot open gets a full-page Chinese error with 重试, never a blank page.
describe('library that cannot be opened', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({
      prepareLibrary: (folder) => fs.writeFileSync(path.join(folder, 'casebook.db'), '这不是数据库文件，只是一段文字。'.repeat(20)),
    });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-library-error.png').catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the error and recovers with 重试 once the problem is fixed', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: '这不是案例库的资料库' }).waitFor();
    const retry = button(page, '重试');
    await retry.waitFor();
    await screenshot(page, 'library-error.png');

    // The user moves the stray file away; 重试 opens a fresh library.
    fs.rmSync(path.join(app.libraryFolder, 'casebook.db'));
    await retry.click();
    await page.getByRole('heading', { name: '欢迎使用案例库' }).waitFor();
    // The failed request is logged by the browser as a resource error; nothing else may fail.
    expect(app.errors.filter((error) => !error.includes('status of 503'))).toEqual([]);
  });
});
