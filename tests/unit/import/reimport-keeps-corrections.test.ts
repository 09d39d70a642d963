import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { documentHistory, getDocument, setDocumentTags, updateDocument } from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { importAll } from '../../../electron/engine/import/import-job';
import { documentSuggestions } from '../../../electron/engine/tags/rules/suggestions-service';
import { createRule } from '../../../electron/engine/tags/rules/tag-rules-service';
import { tagRuleInputSchema } from '../../../shared/model/tag-rule';
import { makeTempFolder, withTempLibrary } from '../../helpers/temp-library';

/**
 * "A user's correction is never overwritten by a re-import": importing the same content again — the
 * same file, a copy under another name, the same text in another encoding — reports a duplicate and
 * leaves the stored document exactly as the user left it: fields, their origins, tags, history.
 */
let context: ReturnType<typeof withTempLibrary>;
let library: Library;
let folder: string;
beforeEach(() => {
  context = withTempLibrary();
  library = context.library;
  folder = makeTempFolder('casebook-reimport-');
});
afterEach(() => {
  context.cleanup();
  fs.rmSync(folder, { recursive: true, force: true });
});

const NOTICE = `关于开展2024年度“红色工地”十大典型案例推荐工作的通知

各区住建局：
为总结推广项目党建经验，现就推荐工作通知如下。请于2024年11月30日前报送。

温州市住房和城乡建设局
2024年11月15日`;

describe('re-importing the same content keeps the user’s corrections', () => {
  it('reports a duplicate and changes nothing the user corrected', async () => {
    createRule(library, tagRuleInputSchema.parse({ tagPath: '评选与荣誉/十大典型案例', match: 'exact', pattern: '十大典型案例', autoApply: true }));
    const file = path.join(folder, '推荐通知.txt');
    fs.writeFileSync(file, NOTICE, 'utf8');
    const [first] = await importAll(library, [file]);
    const id = first?.id ?? '';
    const imported = getDocument(library, id);
    expect(imported.fieldOrigins).toMatchObject({ issuer: 'text', date: 'text' });
    expect(imported.tags).toContain('评选与荣誉/十大典型案例');

    // The user corrects the issuer and the date, adds a 项目, and removes the tag the rule added.
    updateDocument(library, id, { issuer: '温州市住房和城乡建设局党委', date: '2024-11-16', project: '全市在建项目' });
    setDocumentTags(library, id, ['资料用途/评选参考'], ['评选与荣誉/十大典型案例']);
    const corrected = getDocument(library, id);
    expect(corrected.fieldOrigins).toMatchObject({ issuer: 'user', date: 'user', project: 'user' });
    const history = documentHistory(library, id);
    const suggestions = documentSuggestions(library, id);

    // The same file again, a renamed copy, the same text in GBK, and the same bytes uploaded from the browser.
    const copy = path.join(folder, '推荐通知（副本）.txt');
    fs.copyFileSync(file, copy);
    const gbk = path.join(folder, '推荐通知-gbk.txt');
    fs.writeFileSync(gbk, iconv.encode(NOTICE, 'gbk'));
    const again = await importAll(library, [file, copy, gbk]);
    const uploaded = await importBytes(library, '推荐通知.txt', fs.readFileSync(file));
    for (const result of [...again, uploaded]) {
      expect(result, result.file).toMatchObject({ status: 'duplicate', duplicateOf: id, id: null });
    }

    const after = getDocument(library, id);
    expect(after).toEqual(corrected);
    expect(after.tags).not.toContain('评选与荣誉/十大典型案例');
    expect(documentHistory(library, id)).toEqual(history);
    expect(documentSuggestions(library, id)).toEqual(suggestions);
    const count = library.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('a changed version of the file is a new document; the corrected one is left as it was', async () => {
    const first = await importBytes(library, '推荐通知.txt', Buffer.from(NOTICE, 'utf8'));
    const id = first.id ?? '';
    updateDocument(library, id, { issuer: '温州市住房和城乡建设局党委' });
    const corrected = getDocument(library, id);
    const changed = await importBytes(library, '推荐通知-修订.txt', Buffer.from(NOTICE.replace('11月30日', '12月10日'), 'utf8'));
    expect(changed.status).toBe('imported');
    expect(changed.id).not.toBe(id);
    expect(getDocument(library, id)).toEqual(corrected);
  });
});
