import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, RequestOf } from '../../shared/api/contract';
import type { RemovedBlockView } from '../../shared/model/cleaning';
import { dispatch } from '../../electron/engine/api/dispatch';
import type { LibraryHost } from '../../electron/engine/api/library-host';
import { FIXTURES_FOLDER, tempHost } from '../helpers/temp-library';
import { dispatchCalls } from '../helpers/dispatch-calls';

// 查看清理掉的内容 and 恢复 through the contract, as every door reaches them: each removed line is
// listed under a zh-CN rule name, 恢复 puts it back into the text and the search index, 撤销 takes
// it out again, and a re-read of the original keeps it.

const BREADCRUMB = '当前位置：首页 > 工作动态 > 基层党建';
const PREVIOUS = '上一篇：区住建局召开廉勤工地观摩推进会';

/** A page copied from a bureau site: breadcrumb, buttons, info line, the article (with ruby pinyin), 上一篇/下一篇. */
const COPIED_PAGE = `${BREADCRUMB}
【打印本页】【关闭窗口】
字号：[大 中 小]
钱塘区某安置房项目临时党支部推行“党建联建”工作法
来源：钱塘区住房和城乡建设局\u3000\u3000发布时间：2024-11-15\u3000\u3000浏览次数：326
分享到：微信 朋友圈 新浪微博
今年以来，钱塘区某安置房项目临时党支部联合建设、施工、监理单位党组织，推行“党建联建”工作法，把支部(zhī bù)建在项目上，把党旗插在工地上。
支部每月召开一次联席会议，由建设单位党员项目负责人牵头，三方党员共同研究解决工程进度、安全生产和工人工资发放等问题。今年以来共协调解决问题18项，项目未发生一起欠薪投诉。
支部还与属地街道社区结对共建，开设“工友课堂”，邀请社区医生、律师走进工地，累计服务工人600余人次。
下一步，支部将深化“一强一优五提升”要求，争创市级“优秀红色工地”。
${PREVIOUS}
下一篇：关于开展2024年度“红色工地”十大典型案例征集工作的通知
`;

let folder: string;
let host: LibraryHost;
const { call } = dispatchCalls(() => host);

let cleanup: () => void;

beforeEach(() => {
  ({ host, folder, cleanup } = tempHost());
});
afterEach(() => cleanup());


async function failure<M extends MethodName>(method: M, request: RequestOf<M>): Promise<{ code: string; message: string }> {
  const envelope = await dispatch(host, method, request);
  if (envelope.ok) throw new Error(`${method} should have failed`);
  return envelope.error;
}

async function importFile(name: string, bytes: Buffer | string): Promise<string> {
  const file = path.join(`${folder}-${name}`);
  fs.writeFileSync(file, bytes);
  try {
    const [result] = await call('import.files', { paths: [file] });
    if (!result?.id) throw new Error(`not imported: ${JSON.stringify(result)}`);
    return result.id;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

async function found(query: string): Promise<boolean> {
  const response = await call('search.query', { query, limit: 50 });
  expect(response.notice ?? '').not.toMatch(/检索索引尚未就绪/);
  return response.hits.length > 0;
}

function blockWith(blocks: RemovedBlockView[], text: string): RemovedBlockView {
  const block = blocks.find((candidate) => candidate.text === text);
  if (!block) throw new Error(`no removed block “${text}” in ${JSON.stringify(blocks.map((b) => b.text))}`);
  return block;
}

describe('查看清理掉的内容', () => {
  it('lists every removed line with the zh-CN name of the rule that removed it', async () => {
    const id = await importFile('copied.txt', COPIED_PAGE);
    const blocks = await call('documents.removed', { id });
    expect(blockWith(blocks, BREADCRUMB)).toMatchObject({ rule: 'breadcrumb', ruleLabel: '位置导航（当前位置、首页 >）', restorable: true, restoredAt: null });
    expect(blockWith(blocks, PREVIOUS).ruleLabel).toBe('上一篇、下一篇');
    expect(blocks.find((block) => block.rule === 'pinyin')).toMatchObject({ text: '(zhī bù)', ruleLabel: '拼音注音', restorable: false });
    for (const block of blocks) {
      expect(block.ruleLabel, block.rule).toMatch(/\p{Script=Han}/u);
      expect(block.ruleLabel).not.toBe(block.rule);
    }
  });

  it('names the rule in Chinese for every line cleaned out of the labelled corpus', async () => {
    const files = ['policy', 'news', 'cases'].flatMap((kind) =>
      fs
        .readdirSync(path.join(FIXTURES_FOLDER, 'eval', 'dev', kind))
        .filter((name) => !name.endsWith('.json') && !fs.statSync(path.join(FIXTURES_FOLDER, 'eval', 'dev', kind, name)).isDirectory())
        .map((name) => path.join(FIXTURES_FOLDER, 'eval', 'dev', kind, name)),
    );
    expect(files.length).toBeGreaterThan(20);
    const results = await call('import.files', { paths: files });
    const rules = new Map<string, string>();
    for (const result of results) {
      if (!result.id) continue;
      for (const block of await call('documents.removed', { id: result.id })) rules.set(block.rule, block.ruleLabel);
    }
    expect(rules.size).toBeGreaterThan(5);
    for (const [rule, label] of rules) {
      expect(label, rule).toMatch(/\p{Script=Han}/u);
      expect(label, rule).not.toBe('其他不属于正文的内容');
    }
  }, 120_000);
});

describe('恢复', () => {
  it('puts a line back into the text and the search index, and 撤销 takes it out again', async () => {
    const id = await importFile('copied.txt', COPIED_PAGE);
    const before = await call('documents.get', { id });
    expect(before.text).not.toContain(PREVIOUS);
    expect(await found('廉勤工地观摩')).toBe(false);

    const block = blockWith(await call('documents.removed', { id }), PREVIOUS);
    const restored = await call('documents.restoreRemoved', { id, blockId: block.id });
    expect(restored.text).toContain(`\n${PREVIOUS}`);
    expect(restored.undoId).toBeTruthy();
    expect(await found('廉勤工地观摩')).toBe(true);
    expect(blockWith(await call('documents.removed', { id }), PREVIOUS).restoredAt).not.toBeNull();
    expect(await call('documents.history', { id })).toContainEqual(expect.objectContaining({ field: 'text', newValue: PREVIOUS, note: '恢复清理掉的内容' }));

    await call('undo.apply', { undoId: restored.undoId ?? '' });
    expect((await call('documents.get', { id })).text).toBe(before.text);
    expect(blockWith(await call('documents.removed', { id }), PREVIOUS).restoredAt).toBeNull();
    expect(await found('廉勤工地观摩')).toBe(false);
    expect(await call('documents.history', { id })).toContainEqual(expect.objectContaining({ field: 'text', oldValue: PREVIOUS, note: '撤销' }));

    // Taken out, it can be put back again.
    const again = await call('documents.restoreRemoved', { id, blockId: block.id });
    expect(again.text).toContain(PREVIOUS);
  });

  it('takes back one of several restored lines, wherever the others went', async () => {
    const id = await importFile('copied.txt', COPIED_PAGE);
    const before = await call('documents.get', { id });
    const blocks = await call('documents.removed', { id });
    const previous = await call('documents.restoreRemoved', { id, blockId: blockWith(blocks, PREVIOUS).id });
    await call('documents.restoreRemoved', { id, blockId: blockWith(blocks, BREADCRUMB).id });
    await call('undo.apply', { undoId: previous.undoId ?? '' });
    const text = (await call('documents.get', { id })).text;
    expect(text).toBe(`${BREADCRUMB}\n${before.text}`);
    // The lines after the breadcrumb still know where they stand: the next one goes back in place.
    const next = blocks.find((block) => block.text.startsWith('下一篇'));
    const withNext = await call('documents.restoreRemoved', { id, blockId: next?.id ?? 0 });
    expect(withNext.text.trimEnd().endsWith(next?.text ?? '?')).toBe(true);
    expect(withNext.text).not.toContain(PREVIOUS);
  });

  it('is kept when the original is read again', async () => {
    const id = await importFile('copied.txt', COPIED_PAGE);
    const block = blockWith(await call('documents.removed', { id }), BREADCRUMB);
    const restored = await call('documents.restoreRemoved', { id, blockId: block.id });
    expect(restored.text.startsWith(`${BREADCRUMB}\n`)).toBe(true);

    const reread = await call('documents.reread', { id, encoding: 'utf-8' });
    expect(reread.text.startsWith(`${BREADCRUMB}\n`)).toBe(true);
    expect(blockWith(await call('documents.removed', { id }), BREADCRUMB).restoredAt).not.toBeNull();
    expect(await found('基层党建 工作动态')).toBe(true);
  });

  it('cannot be taken back once the text was read again without it', async () => {
    const id = await importFile('copied.txt', COPIED_PAGE);
    const block = blockWith(await call('documents.removed', { id }), BREADCRUMB);
    const restored = await call('documents.restoreRemoved', { id, blockId: block.id });
    const garbled = await call('documents.reread', { id, encoding: 'gb18030' });
    expect(garbled.text).not.toContain(BREADCRUMB);
    const undone = await failure('undo.apply', { undoId: restored.undoId ?? '' });
    expect(undone).toMatchObject({ code: 'CONFLICT', message: '正文已重新读取或改动，这次恢复无法撤销。' });
    expect((await call('documents.get', { id })).text).toBe(garbled.text);
  });

  it('refuses a piece cut from inside a sentence and a line already back', async () => {
    const id = await importFile('copied.txt', COPIED_PAGE);
    const blocks = await call('documents.removed', { id });
    const pinyin = blocks.find((block) => block.rule === 'pinyin');
    expect((await failure('documents.restoreRemoved', { id, blockId: pinyin?.id ?? 0 })).message).toMatch(/无法单独恢复/);
    const line = blockWith(blocks, BREADCRUMB);
    await call('documents.restoreRemoved', { id, blockId: line.id });
    expect((await failure('documents.restoreRemoved', { id, blockId: line.id })).code).toBe('CONFLICT');
  });
});
