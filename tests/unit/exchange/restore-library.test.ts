import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { createBackup } from '../../../electron/engine/exchange/backup-service';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { restoreLibraryInto } from '../../../electron/engine/library/restore-library';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';
import { addExchangeDocuments, folderFingerprint } from './exchange-fixtures';

let scratch: string;
let backup: string;
const opened: Library[] = [];

beforeEach(async () => {
  scratch = makeTempFolder('casebook-restore-into-');
  const source = openLibrary(libraryOptions(path.join(scratch, 'source')));
  opened.push(source);
  await addExchangeDocuments(source);
  backup = createBackup(source, { out: path.join(scratch, '备份.casebook-backup') }).path;
});
afterEach(() => {
  for (const library of opened.splice(0)) library.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

function besideStages(): string[] {
  return fs.readdirSync(scratch).filter((name) => name.includes('.casebook-restore-'));
}

describe('restore into a folder', () => {
  it('stops, touching nothing, when another window has the empty target library open', () => {
    const target = path.join(scratch, '空资料库');
    const other = openLibrary(libraryOptions(target));
    opened.push(other);
    other.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = folderFingerprint(target);
    expect(() => restoreLibraryInto(libraryOptions(target), target, { path: backup })).toThrow(/正被其他窗口或命令行使用，没有恢复/);
    expect(folderFingerprint(target)).toEqual(before);
    expect(besideStages()).toEqual([]);
    other.close();
    expect(restoreLibraryInto(libraryOptions(target), target, { path: backup })).toMatchObject({ documents: 3, originals: 3 });
  });

  it('refuses a folder holding other files, and a damaged backup, leaving the folder and its parent as they were', () => {
    const target = path.join(scratch, '有文件');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, '工作总结.docx'), '');
    expect(() => restoreLibraryInto(libraryOptions(target), target, { path: backup })).toThrow(/已有其他文件，不能恢复到这里/);
    const damaged = path.join(scratch, '坏.casebook-backup');
    fs.writeFileSync(damaged, fs.readFileSync(backup).subarray(0, 2000));
    const fresh = path.join(scratch, '新资料库');
    expect(() => restoreLibraryInto(libraryOptions(fresh), fresh, { path: damaged })).toThrow(/已停止恢复/);
    expect(fs.existsSync(fresh)).toBe(false);
    expect(fs.readdirSync(target)).toEqual(['工作总结.docx']);
    expect(besideStages()).toEqual([]);
  });
});
