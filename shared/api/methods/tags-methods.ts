import { z } from 'zod';
import type { TagNode } from '../../model/tag';
import { type RuleApplyResult, type RuleTestResult, type TagRule, tagRuleInputSchema, tagRulePatchSchema } from '../../model/tag-rule';
import { method, tagPath, empty, tagRuleId } from './common';

export const tagMethods = {
  'tags.list': method<TagNode[]>()(empty),
  'tags.create': method<TagNode[]>()(
    z.object({ path: tagPath, description: z.string().max(500).nullable().default(null) }).strict(),
  ),
  'tags.rename': method<TagNode[]>()(z.object({ path: tagPath, newPath: tagPath }).strict()),
  /** Deletes a tag and its children, and takes them off every document. */
  'tags.delete': method<TagNode[]>()(z.object({ path: tagPath }).strict()),

  'tagRules.list': method<TagRule[]>()(empty),
  'tagRules.create': method<TagRule>()(tagRuleInputSchema),
  'tagRules.update': method<TagRule>()(z.object({ id: tagRuleId, patch: tagRulePatchSchema }).strict()),
  'tagRules.delete': method<{ ok: true }>()(z.object({ id: tagRuleId }).strict()),
  /** Runs a rule (saved or still in the editor) over the library without changing anything. */
  'tagRules.test': method<RuleTestResult>()(z.object({ rule: tagRuleInputSchema }).strict()),
  /** Gives the rule's tag to every matching document, except where the user dismissed it. */
  'tagRules.applyToLibrary': method<RuleApplyResult>()(z.object({ ruleId: tagRuleId }).strict()),
} as const;
