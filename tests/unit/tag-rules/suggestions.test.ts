import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CasebookError } from '../../../shared/api/errors';
import { tagRuleInputSchema } from '../../../shared/model/tag-rule';
import type { Library } from '../../../electron/engine/core/library';
import { documentHistory, getDocument, setDocumentTags } from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { applySuggestion, dismissSuggestion, documentSuggestions, TERMS_PARENT_TAG } from '../../../electron/engine/tags/rules/suggestions-service';
import { createRule, deleteRule, listRules, updateRule } from '../../../electron/engine/tags/rules/tag-rules-service';
import { renameTag } from '../../../electron/engine/tags/tags-service';
import { withTempLibrary } from '../../helpers/temp-library';

let temp: ReturnType<typeof withTempLibrary>;
let library: Library;
beforeEach(() => {
  temp = withTempLibrary();
  library = temp.library;
});
afterEach(() => temp.cleanup());

const PRACTICE = `某地铁项目临时党支部推行“一党员一项目”

项目临时党支部推行“一党员一项目”，党员认领盾构掘进、管片拼装等难题17项。
支部对照“六有一好”标准建强阵地，与属地社区开展“结对共建”，开设“工友课堂”。
支部书记说：“我们要把党旗插在工地上，让每一名党员都成为一面旗帜。”
今年以来，项目开展廉政教育3次，保障农民工工资按月发放。`;

async function importText(text: string, options: { tags?: string[] } = {}): Promise<string> {
  const result = await importBytes(library, 'practice.txt', Buffer.from(text, 'utf8'), options);
  if (!result.id) throw new Error(result.error ?? result.status);
  return result.id;
}

describe('suggestions at import', () => {
  it('auto-apply rules tag at import; suggest-only rules and quoted terms become suggestions', async () => {
    createRule(library, tagRuleInputSchema.parse({ tagPath: '项目类型/交通工程', match: 'any', pattern: '地铁 盾构', autoApply: true }));
    createRule(library, tagRuleInputSchema.parse({ tagPath: '主题/工人权益', match: 'exact', pattern: '农民工工资' }));
    const id = await importText(PRACTICE);
    const doc = getDocument(library, id);
    expect(doc.tags).toContain('项目类型/交通工程');
    // Nothing was recorded as an edit: the tags came with the import.
    expect(documentHistory(library, id)).toEqual([]);

    const suggestions = documentSuggestions(library, id);
    const byTag = new Map(suggestions.tags.map((tag) => [tag.tagPath, tag]));
    expect(byTag.get('主题/工人权益')).toMatchObject({ rule: { match: 'exact', pattern: '农民工工资' }, hits: ['农民工工资'] });
    expect(byTag.get('主题/清廉工地')?.hits).toEqual(['廉政']); // a shipped rule
    expect(byTag.get('主题/临时党支部')?.rule?.match).toBe('exact');
    expect(byTag.has('项目类型/交通工程')).toBe(false); // already applied

    // Quoted practice names and slogans; quoted speech and the programme's own name are not terms.
    const terms = new Map(suggestions.terms.map((term) => [term.term, term.tagPath]));
    expect([...terms.keys()]).toEqual(['一党员一项目', '六有一好', '结对共建', '工友课堂']);
    expect(terms.get('六有一好')).toBe('六有一好'); // an existing tag of that name
    expect(terms.get('结对共建')).toBe('主题/结对共建');
    expect(terms.get('一党员一项目')).toBe(`${TERMS_PARENT_TAG}/一党员一项目`);
  });

  it('does not suggest what the document already has, nor from disabled rules', async () => {
    for (const rule of listRules(library)) if (rule.tagPath === '主题/清廉工地') updateRule(library, rule.id, { enabled: false });
    const id = await importText(PRACTICE, { tags: ['主题/临时党支部', '主题/结对共建'] });
    const suggestions = documentSuggestions(library, id);
    expect(suggestions.tags.map((tag) => tag.tagPath)).not.toContain('主题/清廉工地');
    expect(suggestions.tags.map((tag) => tag.tagPath)).not.toContain('主题/临时党支部');
    expect(suggestions.terms.map((term) => term.term)).not.toContain('结对共建');
  });

  it('采用 adds the tag with a history entry; 忽略 hides it for good; both are idempotent', async () => {
    const id = await importText(PRACTICE);
    const first = documentSuggestions(library, id);
    const tag = first.tags.find((item) => item.tagPath === '主题/清廉工地');
    const term = first.terms.find((item) => item.term === '一党员一项目');
    const slogan = first.terms.find((item) => item.term === '六有一好');
    if (!tag || !term || !slogan) throw new Error('missing suggestions');

    const afterTag = applySuggestion(library, id, tag.id);
    expect(afterTag.tags).toContain('主题/清廉工地');
    expect(documentHistory(library, id)[0]).toMatchObject({ field: 'tags', actor: '测试员' });
    const afterTerm = applySuggestion(library, id, term.id);
    expect(afterTerm.tags).toContain('做法与提法/一党员一项目');
    expect(applySuggestion(library, id, term.id).tags).toEqual(afterTerm.tags);

    expect(dismissSuggestion(library, id, slogan.id)).toEqual({ ok: true });
    expect(dismissSuggestion(library, id, slogan.id)).toEqual({ ok: true });
    const left = documentSuggestions(library, id);
    expect(left.tags.some((item) => item.id === tag.id)).toBe(false);
    expect(left.terms.map((item) => item.term)).toEqual(['结对共建', '工友课堂']);
    // Removing the adopted tag by hand does not bring back a decided suggestion.
    setDocumentTags(library, id, [], ['主题/清廉工地']);
    expect(documentSuggestions(library, id).tags.some((item) => item.id === tag.id)).toBe(false);
  });

  it('refuses a suggestion of another document, and follows renamed tags and deleted rules', async () => {
    const id = await importText(PRACTICE);
    const other = await importText('某学校项目开展“红色工匠”评选\n\n评选出红色工匠12名。');
    const suggestion = documentSuggestions(library, id).tags[0];
    if (!suggestion) throw new Error('no suggestion');
    expect(() => applySuggestion(library, other, suggestion.id)).toThrow(CasebookError);
    expect(() => dismissSuggestion(library, other, 999_999)).toThrow(/不存在/);

    renameTag(library, '主题', '工作主题');
    const renamed = documentSuggestions(library, id).tags.map((tag) => tag.tagPath);
    expect(renamed).toContain('工作主题/清廉工地');
    expect(renamed.some((path) => path.startsWith('主题/'))).toBe(false);

    const rule = listRules(library).find((item) => item.tagPath === '工作主题/清廉工地');
    if (!rule) throw new Error('rule did not follow the tag');
    deleteRule(library, rule.id);
    expect(documentSuggestions(library, id).tags.map((tag) => tag.tagPath)).not.toContain('工作主题/清廉工地');
  });
});
