import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BackupList } from '../../shared/model/backup';
import type { DocumentRecord } from '../../shared/model/document';
import type { ImportResult } from '../../shared/model/import';
import { api, button, chooseFiles, type RunningApp, screenshot, startApp } from './browser-mode';

const DOCUMENTS = [
  {
    name: '瓯海区红色工地“党建联盟”工作简报.txt',
    title: '瓯海区红色工地“党建联盟”工作简报',
    text: '发布日期：2024-06-12  信息来源：瓯海区住建局\n\n联盟吸纳建设、施工、监理单位党组织21家，开展“结对共建”活动36次，解决工人急难愁盼问题17件。',
  },
  {
    name: '项目临时党支部“工友夜校”做法.txt',
    title: '项目临时党支部“工友夜校”做法',
    text: '项目临时党支部每周开设“工友夜校”，讲授安全生产、劳动权益和法律常识，累计培训工人820人次。',
  },
];

// A bureau exports a bundle from the UI; a colleague imports it into their own library, sees what
// changed and chooses; then backs the library up and restores the backup into a fresh one.
describe('交换包 and 备份 in the app', () => {
  let sender: RunningApp;
  let receiver: RunningApp;
  let fresh: RunningApp | undefined;
  let folder: string;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-bundles-'));
    sender = await startApp();
    receiver = await startApp();
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await screenshot((fresh ?? receiver).page, 'failure-bundle-backup.png').catch(() => undefined);
  });

  afterAll(async () => {
    await sender?.close();
    await receiver?.close();
    await fresh?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('exports a bundle, imports it elsewhere with a conflict choice, backs up and restores', async () => {
    const ids: string[] = [];
    for (const item of DOCUMENTS) {
      const [result] = await api<ImportResult[]>(sender, 'import.upload', {
        files: [{ name: item.name, contentBase64: Buffer.from(`${item.title}\n\n${item.text}\n`).toString('base64') }],
        tags: ['主题/党建联建'],
      });
      ids.push(result?.id ?? '');
    }
    await api(sender, 'notes.add', { documentId: ids[0], body: '数据来自区住建局年中报告。' });
    await api(sender, 'library.declineSample');

    // 1. Select both documents and 导出交换包: the browser downloads one file.
    const page = sender.page;
    await page.reload();
    const first = page.getByRole('row').filter({ hasText: DOCUMENTS[0]?.title ?? '' });
    await first.waitFor();
    await first.getByRole('checkbox').check();
    await page.getByRole('row').filter({ hasText: DOCUMENTS[1]?.title ?? '' }).getByRole('checkbox').check();
    const download = page.waitForEvent('download');
    await button(page, '导出交换包').click();
    const bundleFile = path.join(folder, (await download).suggestedFilename());
    await (await download).saveAs(bundleFile);
    await page.getByText(/已导出交换包.*2 份资料/).waitFor();
    await screenshot(page, 'bundle-export.png');
    expect(bundleFile).toMatch(/\.casebook$/);

    // 2. The colleague already had the first document and changed its title since.
    await api(receiver, 'bundle.apply', { source: { fileName: 'earlier.casebook', contentBase64: fs.readFileSync(bundleFile).toString('base64') } });
    await api(receiver, 'documents.update', { id: ids[0], patch: { title: '瓯海区党建联盟简报（本库改）' } });
    await api(receiver, 'documents.trash', { ids: [ids[1]] });
    await api(receiver, 'documents.purge', { ids: [ids[1]] });

    // 3. 导入 → the bundle opens its own dialog with the conflict and a choice per document.
    const other = receiver.page;
    await other.reload();
    await button(other, '导入').first().click();
    const importDialog = other.getByRole('dialog', { name: '导入资料' });
    await importDialog.waitFor();
    await chooseFiles(other, button(importDialog, '选择文件'), bundleFile);
    await importDialog.getByRole('button', { name: /开始导入/ }).click();
    const bundleDialog = other.getByRole('dialog', { name: /导入交换包/ });
    await bundleDialog.getByText('新增 1 项，本库已有 0 项，有改动 1 项').waitFor();
    const conflictRow = bundleDialog.getByRole('row').filter({ hasText: DOCUMENTS[0]?.title ?? '' });
    await conflictRow.getByText('本库：瓯海区党建联盟简报（本库改）').waitFor();
    await conflictRow.getByText('标题', { exact: true }).waitFor();
    await conflictRow.getByText('采用交换包').click();
    await screenshot(other, 'bundle-conflict-dialog.png');
    await button(bundleDialog, '导入').click();
    await bundleDialog.getByText('已导入 2 项，本库已有 0 项').waitFor();
    await screenshot(other, 'bundle-import-done.png');
    await button(bundleDialog, '完成').click();
    await bundleDialog.waitFor({ state: 'hidden' });
    expect((await api<DocumentRecord>(receiver, 'documents.get', { id: ids[0] })).title).toBe(DOCUMENTS[0]?.title);
    expect((await api<DocumentRecord>(receiver, 'documents.get', { id: ids[1] })).tags).toEqual(['主题/党建联建']);

    // 4. 备份与恢复 → 立即备份: the backup is listed.
    await other.getByRole('menuitem', { name: /备份与恢复/ }).click();
    const backupDialog = other.getByRole('dialog', { name: '备份与恢复' });
    await backupDialog.getByText('还没有备份', { exact: false }).waitFor();
    await button(backupDialog, '立即备份').click();
    await other.getByText(/已备份 2 份资料、2 个原始文件/).waitFor();
    const [backup] = (await api<BackupList>(receiver, 'backup.list')).backups;
    expect(backup?.fileName).toMatch(/^casebook-backup-.*\.casebook-backup$/);
    // The new backup in the list of kept backups.
    await backupDialog.getByLabel('已有的备份', { exact: true }).getByText(backup?.fileName ?? '', { exact: false }).waitFor();
    // This library has documents, so 从备份恢复 restores into a new library, the new backup chosen for it.
    await backupDialog.getByText(/备份会恢复到一个新的资料库/).waitFor();
    const picker = backupDialog.locator('.ant-select').filter({ has: other.getByLabel('要恢复的备份', { exact: true }) });
    await picker.getByText(backup?.fileName ?? '', { exact: false }).waitFor();
    expect(await button(backupDialog, '恢复到新资料库').isEnabled()).toBe(true);
    await screenshot(other, 'backup-dialog.png');

    // 5. A fresh library restores it from the welcome screen.
    fresh = await startApp();
    const welcome = fresh.page;
    await button(welcome, '从备份恢复').waitFor();
    await screenshot(welcome, 'welcome-restore.png');
    await chooseFiles(welcome, button(welcome, '从备份恢复'), backup?.path ?? '');
    await welcome.getByRole('dialog', { name: '从备份恢复？' }).waitFor();
    await button(welcome, '恢复').click();
    await welcome.getByText(/已从备份恢复：资料 2 份/).waitFor();
    await welcome.getByRole('row').filter({ hasText: DOCUMENTS[1]?.title ?? '' }).waitFor();
    await screenshot(welcome, 'restored-library.png');

    expect([...sender.errors, ...receiver.errors, ...fresh.errors]).toEqual([]);
  });
});
