import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { makeSystemTempFolder } from '../../../electron/engine/core/system-temp';
import { createBackup } from '../../../electron/engine/exchange/backup-service';
import { checkLibrary } from '../../../electron/engine/library/library-check';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { getDocument } from '../../../electron/engine/documents/documents-service';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';
import { addExchangeDocuments } from './exchange-fixtures';

let parent: string;
let folder: string;
let library: Library;

beforeEach(() => {
  parent = makeTempFolder('casebook-repair-');
  folder = path.join(parent, '资料库');
  library = openLibrary(libraryOptions(folder));
});
afterEach(() => {
  library.close();
  fs.rmSync(parent, { recursive: true, force: true });
});

/** A process id that no running process has (a killed backup's). */
function deadPid(): number {
  for (let pid = 4_000_000; ; pid += 1) {
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
}

function plant(relative: string, content: string, ageMinutes: number): string {
  const file = path.join(folder, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  const time = new Date(Date.now() - ageMinutes * 60_000);
  fs.utimesSync(file, time, time);
  return file;
}

function allFiles(root: string): string[] {
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => fs.statSync(path.join(root, name)).isFile());
}

describe('start-up repair', () => {
  it('removes what killed imports, backups and restores left, but not an original an import may be writing now', async () => {
    await addExchangeDocuments(library);
    const originalsBefore = allFiles(path.join(folder, 'originals'));
    const pid = deadPid();
    const oldOrphan = plant(`originals/ab/${'ab'.repeat(32)}.txt`, '被打断的导入', 11);
    const youngOrphan = plant(`originals/cd/${'cd'.repeat(32)}.txt`, '正在导入', 1);
    const leftovers = [
      plant(`.backup-${pid}-x1y2z3/casebook.db`, '数据库快照', 0),
      plant(`backups/.casebook-backup-20260101-000000-000.casebook-backup.${pid}.1767225600000.tmp`, '半个备份', 0),
      plant(`originals/ef/${'ef'.repeat(32)}.pdf.${pid}.tmp`, '半个原件', 0),
      plant('.restore-abc123/originals/aa/x.txt', '旧的恢复', 11),
    ];
    const old = new Date(Date.now() - 11 * 60_000);
    fs.utimesSync(path.join(folder, '.restore-abc123'), old, old);
    const stage = path.join(parent, '.资料库.casebook-restore-k7k7k7k7');
    fs.mkdirSync(stage);
    fs.writeFileSync(path.join(stage, 'casebook.db'), '');
    fs.utimesSync(stage, old, old);
    const ownBackupTemp = plant(`.backup-${process.pid}-mine00/casebook.db`, '本进程正在备份', 30);
    library.close();

    library = openLibrary(libraryOptions(folder));
    expect(fs.existsSync(oldOrphan)).toBe(false);
    expect(fs.existsSync(youngOrphan)).toBe(true);
    for (const file of leftovers) expect(fs.existsSync(file), file).toBe(false);
    expect(fs.existsSync(path.dirname(leftovers[0] ?? ''))).toBe(false);
    expect(fs.existsSync(stage)).toBe(false);
    expect(fs.existsSync(ownBackupTemp)).toBe(true);
    expect(allFiles(path.join(folder, 'originals')).sort()).toEqual([...originalsBefore, path.join('cd', `${'cd'.repeat(32)}.txt`)].sort());
  });

  it('removes what a killed process left in the system temp folder (an uploaded backup is a whole library in plain text), not what a running one uses', () => {
    const killed = path.join(os.tmpdir(), `casebook-upload-${deadPid()}-k1ll3d`);
    const running = makeSystemTempFolder('upload');
    for (const temp of [killed, running]) fs.mkdirSync(temp, { recursive: true });
    fs.writeFileSync(path.join(killed, 'upload.bin'), '上传的备份');
    fs.writeFileSync(path.join(running, 'upload.bin'), '正在读取的交换包');
    try {
      expect(path.basename(running)).toMatch(new RegExp(`^casebook-upload-${process.pid}-`));
      library.close();
      library = openLibrary(libraryOptions(folder));
      expect(fs.existsSync(killed)).toBe(false);
      expect(fs.readFileSync(path.join(running, 'upload.bin'), 'utf8')).toBe('正在读取的交换包');
    } finally {
      fs.rmSync(killed, { recursive: true, force: true });
      fs.rmSync(running, { recursive: true, force: true });
    }
  });

  it('writes the backup snapshot in the library folder, not the system temp folder, and removes it after a failure', async () => {
    await addExchangeDocuments(library);
    const tempBefore = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('casebook-backup-'));
    const occupied = path.join(parent, '同名文件夹.casebook-backup');
    fs.mkdirSync(occupied);
    expect(() => createBackup(library, { out: occupied })).toThrow(/无法写入文件/);
    expect(fs.readdirSync(folder).filter((name) => name.startsWith('.backup-'))).toEqual([]);
    createBackup(library);
    expect(fs.readdirSync(folder).filter((name) => name.startsWith('.backup-'))).toEqual([]);
    expect(fs.readdirSync(path.join(folder, 'backups')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('casebook-backup-'))).toEqual(tempBefore);
  });
});

describe('资料库检查', () => {
  it('reports a missing original without deleting the document, removes stray files and rebuilds the index on repair', async () => {
    const ids = await addExchangeDocuments(library);
    const first = getDocument(library, ids[0] ?? '');
    const stored = library.db.prepare('SELECT o.stored_path AS p FROM documents d JOIN originals o ON o.sha256 = d.original_sha256 WHERE d.id = ?').get(first.id) as { p: string };
    fs.rmSync(path.join(folder, stored.p));
    const orphan = plant(`originals/ab/${'ab'.repeat(32)}.txt`, '多余', 0);
    library.db.prepare("DELETE FROM search_index_state WHERE key = 'tokenizer'").run();

    const report = await checkLibrary(library, { repair: false, orphanMinAgeMs: 0 });
    expect(report).toMatchObject({ integrityOk: true, missingOriginalCount: 1, orphanOriginalCount: 1, ok: false, repaired: null });
    expect(report.index).not.toBe('ready');
    expect(report.missingOriginals[0]).toMatchObject({ id: first.id, title: first.title });
    expect(fs.existsSync(orphan)).toBe(true);

    const repaired = await checkLibrary(library, { repair: true, orphanMinAgeMs: 0 });
    expect(repaired.repaired).toEqual({ orphanOriginals: 1, leftovers: 0, indexRebuiltDocuments: 3 });
    expect(repaired).toMatchObject({ missingOriginalCount: 1, orphanOriginalCount: 0, index: 'ready', ok: false });
    expect(fs.existsSync(orphan)).toBe(false);
    expect(getDocument(library, first.id).title).toBe(first.title);
  });
});
