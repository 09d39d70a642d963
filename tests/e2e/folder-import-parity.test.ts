import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/engine/library/open-library';
import { getDocument, listDocuments } from '../../electron/engine/documents/documents-service';
import { methods } from '../../shared/api/contract';
import type { DocumentRecord } from '../../shared/model/document';
import { libraryOptions } from '../helpers/temp-library';
import { casebookBin } from '../helpers/casebook-cli';
import { button, chooseFiles, REPO_ROOT, type RunningApp, screenshot, startApp } from './browser-mode';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/import');

/** The fixture files a colleague might hand over in one folder, with a sub-folder, as they are on disk. */
function makeMixedFolder(root: string): string {
  const folder = path.join(root, '红色工地材料');
  const subFolder = path.join(folder, '2024年报送');
  fs.mkdirSync(subFolder, { recursive: true });
  const files = fs.readdirSync(FIXTURES).filter((name) => !name.endsWith('.ts'));
  files.forEach((name, index) => fs.copyFileSync(path.join(FIXTURES, name), path.join(index % 2 === 0 ? folder : subFolder, name)));
  return folder;
}

function runCli(args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [casebookBin(), ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    child.on('error', reject);
    child.on('close', resolve);
  });
}

/** What a user sees of a record, keyed by the SHA-256 of its original file. */
function recordsOf(folder: string): Map<string, Partial<DocumentRecord>> {
  const library = openLibrary(libraryOptions(folder, { createIfMissing: false }));
  try {
    const records = new Map<string, Partial<DocumentRecord>>();
    for (const summary of listDocuments(library, methods['documents.list'].request.parse({ limit: 1000 })).items) {
      const { id: _id, createdAt: _created, updatedAt: _updated, original, ...seen } = getDocument(library, summary.id);
      records.set(original?.sha256 ?? summary.title, { ...seen, original: original ? { ...original, fileName: path.basename(original.fileName) } : null });
    }
    return records;
  } finally {
    library.close();
  }
}

describe('importing a folder in the app and on the command line', () => {
  let app: RunningApp;
  let root: string;
  let folder: string;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-parity-'));
    folder = makeMixedFolder(root);
    app = await startApp();
  });

  afterAll(async () => {
    await app?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('gives the same records, field for field', async () => {
    const { page } = app;
    await button(page, '从空资料库开始').click();
    await button(page, '导入').first().click();
    const dialog = page.getByRole('dialog', { name: '导入资料' });
    await chooseFiles(page, button(dialog, '选择文件夹'), folder);
    await dialog.getByRole('button', { name: /开始导入/ }).click();
    await dialog.getByText(/^已导入 \d+ 份，重复 \d+ 份，失败 \d+ 份/).waitFor({ timeout: 60_000 });
    await screenshot(page, 'folder-import-report.png');

    const cliLibrary = path.join(root, 'cli-library');
    const exitCode = await runCli(['--library', cliLibrary, 'import', folder, '--json']);
    expect(exitCode).not.toBe(2);

    const fromApp = recordsOf(app.libraryFolder);
    const fromCli = recordsOf(cliLibrary);
    expect(fromApp.size).toBeGreaterThanOrEqual(8);
    expect([...fromApp.keys()].sort()).toEqual([...fromCli.keys()].sort());
    for (const [sha, record] of fromCli) expect(fromApp.get(sha), record.title).toEqual(record);
  });
});
