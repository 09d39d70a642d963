import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TagNode } from '../../../shared/model/tag';
import { tagRuleInputSchema, type TagRuleInput } from '../../../shared/model/tag-rule';
import type { Library } from '../../../electron/engine/core/library';
import { documentHistory, getDocument, listDocuments, trashDocuments } from '../../../electron/engine/documents/documents-service';
import { loadDefaultTagRules } from '../../../electron/engine/tags/rules/default-tag-rules';
import { importBytes } from '../../../electron/engine/import/import-service';
import { dismissSuggestion, documentSuggestions } from '../../../electron/engine/tags/rules/suggestions-service';
import { applyRuleToLibrary, createRule, deleteRule, listRules, testRule, updateRule } from '../../../electron/engine/tags/rules/tag-rules-service';
import { deleteTag, listTags, renameTag } from '../../../electron/engine/tags/tags-service';
import { RESOURCES_FOLDER, withTempLibrary } from '../../helpers/temp-library';
import { captureError } from '../../helpers/capture-error';

let temp: ReturnType<typeof withTempLibrary>;
let library: Library;
beforeEach(() => {
  temp = withTempLibrary();
  library = temp.library;
});
afterEach(() => temp.cleanup());

function input(rule: Partial<TagRuleInput> & Pick<TagRuleInput, 'tagPath' | 'match' | 'pattern'>): TagRuleInput {
  return tagRuleInputSchema.parse(rule);
}

async function importText(name: string, text: string): Promise<string> {
  const result = await importBytes(library, name, Buffer.from(text, 'utf8'));
  if (result.status !== 'imported' || !result.id) throw new Error(`import of ${name} failed: ${result.error ?? result.status}`);
  return result.id;
}

function countOf(nodes: TagNode[], path: string): number {
  for (const node of nodes) {
    if (node.path === path) return node.count;
    const inner = countOf(node.children, path);
    if (inner >= 0) return inner;
  }
  return -1;
}

const CLEAN = '某安置房项目推进清廉工地建设\n\n项目临时党支部联合纪检部门开展廉洁风险排查，签订廉洁承诺书56份。';
const WAGES = '某学校项目保障农民工工资按时发放\n\n项目实行工资专户管理，农民工工资按月足额发放，全年无欠薪。';
const OTHER = '某医院项目开展技能比武\n\n项目组织钢筋、木工技能比武，200余名工人参加。';

describe('tag rules', () => {
  it('installs the shipped rule set into a new library, once, in file order', () => {
    const shipped = loadDefaultTagRules(RESOURCES_FOLDER).rules;
    const installed = listRules(library);
    expect(installed.map((rule) => rule.tagPath)).toEqual(shipped.map((rule) => rule.tagPath));
    expect(installed.every((rule) => rule.enabled && !rule.autoApply)).toBe(true);
    expect(installed.find((rule) => rule.tagPath === '主题/清廉工地')).toMatchObject({ match: 'any', fields: 'both' });
  });

  it('creates, updates and deletes rules, checking every pattern', () => {
    const rule = createRule(library, input({ tagPath: ' 主题 ／党建联建 ', match: 'any', pattern: '联建 联盟' }));
    expect(rule).toMatchObject({ tagPath: '主题/党建联建', match: 'any', pattern: '联建 联盟', autoApply: false, enabled: true });
    expect(listRules(library).at(-1)?.id).toBe(rule.id);

    const updated = updateRule(library, rule.id, { match: 'regex', pattern: '党建(联建|联盟)', autoApply: true });
    expect(updated).toMatchObject({ match: 'regex', pattern: '党建(联建|联盟)', autoApply: true, tagPath: '主题/党建联建' });

    const unsafe = captureError(() => updateRule(library, rule.id, { pattern: '(a+)+$' }));
    expect(unsafe.code).toBe('BAD_REQUEST');
    expect(unsafe.message).toMatch(/嵌套/);
    // Switching an any-rule to regex re-checks the old pattern as an expression.
    const other = createRule(library, input({ tagPath: '主题/清廉工地', match: 'exact', pattern: '[清廉' }));
    expect(captureError(() => updateRule(library, other.id, { match: 'regex' })).code).toBe('BAD_REQUEST');

    expect(deleteRule(library, rule.id)).toEqual({ ok: true });
    expect(captureError(() => deleteRule(library, rule.id)).code).toBe('NOT_FOUND');
    expect(captureError(() => updateRule(library, 'missing', { enabled: false })).code).toBe('NOT_FOUND');
  });

  it('test: counts and lists the live documents a draft rule matches, untagged first', async () => {
    const clean = await importText('清廉.txt', CLEAN);
    const wages = await importText('工资.txt', WAGES);
    await importText('比武.txt', OTHER);
    const trashed = await importText('回收.txt', '某项目清廉文化进工地\n\n开展廉洁教育。');
    trashDocuments(library, [trashed]);
    await importBytes(library, 'tagged.txt', Buffer.from('某项目廉洁从业教育\n\n组织廉洁从业教育。'), { tags: ['主题/清廉工地'] });

    const result = testRule(library, input({ tagPath: '主题/清廉工地', match: 'any', pattern: '廉洁 清廉' }));
    expect(result).toMatchObject({ scanned: 4, matched: 2, alreadyTagged: 1 });
    expect(result.documents.map((doc) => [doc.id === clean, doc.hasTag])).toEqual([[true, false], [false, true]]);
    expect(result.documents[0]?.hits).toEqual(['廉洁', '清廉']);

    const all = testRule(library, input({ tagPath: '主题/欠薪治理', match: 'all', pattern: '工资专户 欠薪', fields: 'text' }));
    expect(all.documents.map((doc) => doc.id)).toEqual([wages]);
    expect(testRule(library, input({ tagPath: '主题/欠薪治理', match: 'regex', pattern: '无欠薪。$' })).matched).toBe(1);
  });

  it('test stops with a Chinese message when a rule runs past its time budget', async () => {
    await importText('清廉.txt', CLEAN);
    await importText('工资.txt', WAGES);
    const error = captureError(() => testRule(library, input({ tagPath: '主题/清廉工地', match: 'any', pattern: '廉洁' }), -1));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/运行太慢/);
  });

  it('applyToLibrary tags every match once, records it, and leaves dismissed documents alone', async () => {
    const clean = await importText('清廉.txt', CLEAN);
    const wages = await importText('工资.txt', WAGES);
    const declined = await importText('谢绝.txt', '某项目廉政文化墙建成\n\n文化墙展示廉洁格言。');
    const suggestion = documentSuggestions(library, declined).tags.find((tag) => tag.tagPath === '主题/清廉工地');
    expect(suggestion?.rule?.pattern).toBe('清廉工地 清廉建设 廉洁风险 廉政');
    if (!suggestion) throw new Error('no suggestion');
    // The user declines the shipped rule's suggestion here, then applies a broader rule of their own.
    dismissSuggestion(library, declined, suggestion.id);
    const rule = createRule(library, input({ tagPath: '主题/清廉工地', match: 'any', pattern: '廉洁 清廉' }));
    const before = countOf(listTags(library), '主题/清廉工地');

    const applied = await applyRuleToLibrary(library, rule.id);
    expect(applied).toEqual({ count: 1, matched: 2, skippedDismissed: 1 });
    expect(countOf(listTags(library), '主题/清廉工地')).toBe(before + 1);
    expect(getDocument(library, clean).tags).toContain('主题/清廉工地');
    expect(getDocument(library, declined).tags).not.toContain('主题/清廉工地');
    expect(getDocument(library, wages).tags).not.toContain('主题/清廉工地');
    expect(documentHistory(library, clean)[0]).toMatchObject({ field: 'tags', actor: '测试员' });
    expect(listDocuments(library, { tag: '主题/清廉工地', trashed: false, sort: 'updated', order: 'desc', offset: 0, limit: 10 }).items.map((d) => d.id)).toEqual([clean]);
    expect(library.search.query({ query: '廉洁风险', sort: 'relevance', offset: 0, limit: 10 }).hits[0]?.tags).toContain('主题/清廉工地');

    expect(await applyRuleToLibrary(library, rule.id)).toEqual({ count: 0, matched: 2, skippedDismissed: 1 });
  });

  it('rules follow a renamed tag and go with a deleted one', () => {
    const rule = createRule(library, input({ tagPath: '主题/清廉工地', match: 'any', pattern: '廉洁' }));
    renameTag(library, '主题', '工作主题');
    expect(listRules(library).find((r) => r.id === rule.id)?.tagPath).toBe('工作主题/清廉工地');
    expect(listRules(library).some((r) => r.tagPath.startsWith('主题/'))).toBe(false);
    deleteTag(library, '工作主题/清廉工地');
    expect(listRules(library).some((r) => r.id === rule.id || r.tagPath === '工作主题/清廉工地')).toBe(false);
    expect(listRules(library).some((r) => r.tagPath === '工作主题/党建联建')).toBe(true);
  });
});
