import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TagNode } from '../../../shared/model/tag';
import type { Library } from '../../../electron/engine/core/library';
import { findTagId } from '../../../electron/engine/tags/tags-repo';
import { loadDefaultTagRules } from '../../../electron/engine/tags/rules/default-tag-rules';
import { loadSampleLibrary } from '../../../electron/engine/library/library-service';
import { listDocuments } from '../../../electron/engine/documents/documents-service';
import { documentSuggestions } from '../../../electron/engine/tags/rules/suggestions-service';
import { listRules, testRule } from '../../../electron/engine/tags/rules/tag-rules-service';
import { listTags } from '../../../electron/engine/tags/tags-service';
import { RESOURCES_FOLDER, withTempLibrary } from '../../helpers/temp-library';

/**
 * The shipped rules measured on the sample library, whose documents were tagged by hand: a rule's
 * matches that carry its tag are right, matches without it are noise, hand-tagged documents it
 * misses are misses. Measured when the rules were written: precision 0.75, recall 0.76.
 */
let temp: ReturnType<typeof withTempLibrary>;
let library: Library;

beforeAll(async () => {
  temp = withTempLibrary();
  library = temp.library;
  await loadSampleLibrary(library);
});
afterAll(() => temp.cleanup());

function tagCount(nodes: TagNode[], path: string): number {
  for (const node of nodes) {
    if (node.path === path) return node.count;
    const inner = tagCount(node.children, path);
    if (inner >= 0) return inner;
  }
  return -1;
}

describe('the shipped tag rules', () => {
  it('name only tags of the shipped taxonomy and are all valid', () => {
    const { rules } = loadDefaultTagRules(RESOURCES_FOLDER);
    expect(rules.length).toBeGreaterThanOrEqual(25);
    for (const rule of rules) expect(findTagId(library.db, rule.tagPath), rule.tagPath).toBeDefined();
    expect(new Set(rules.map((rule) => rule.match))).toEqual(new Set(['any', 'exact', 'regex']));
  });

  it('agree with the hand-made tags of the sample library (precision and recall ≥ 0.7)', () => {
    const tags = listTags(library);
    let right = 0;
    let matched = 0;
    let tagged = 0;
    const perRule: string[] = [];
    for (const { id: _id, createdAt: _created, updatedAt: _updated, ...rule } of listRules(library)) {
      const result = testRule(library, rule);
      const handTagged = tagCount(tags, rule.tagPath);
      right += result.alreadyTagged;
      matched += result.matched;
      tagged += handTagged;
      perRule.push(`${rule.tagPath}: ${result.alreadyTagged}/${result.matched} of ${handTagged}`);
    }
    const precision = right / matched;
    const recall = right / tagged;
    expect(precision, perRule.join('\n')).toBeGreaterThanOrEqual(0.7);
    expect(recall, perRule.join('\n')).toBeGreaterThanOrEqual(0.7);
  });

  it('leave the hand-made tags alone at import and offer only what is missing', () => {
    const { items } = listDocuments(library, { trashed: false, sort: 'title', order: 'asc', offset: 0, limit: 100 });
    let offered = 0;
    for (const item of items) {
      const suggestions = documentSuggestions(library, item.id);
      for (const tag of suggestions.tags) expect(item.tags).not.toContain(tag.tagPath);
      offered += suggestions.tags.length;
    }
    // A handful per document at most: suggestions must stay worth reading.
    expect(offered / items.length).toBeLessThan(2);
    const practice = items.find((item) => item.title.includes('一党员一项目'));
    expect(practice).toBeDefined();
    expect(documentSuggestions(library, practice?.id ?? '').terms.map((term) => term.term)).toContain('一党员一项目');
  });
});
