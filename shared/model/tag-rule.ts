import { z } from 'zod';
import type { DocumentKind } from './document';
import { MAX_PATTERN_LENGTH, patternProblem } from './rule-pattern';

/**
 * Tag rules: "documents whose title/text contain these words get (or are offered) this tag", as in
 * mature document managers. A rule either adds its tag at import (autoApply) or only suggests it.
 */
export const TAG_RULE_MATCHES = ['any', 'all', 'exact', 'regex'] as const;
export type TagRuleMatch = (typeof TAG_RULE_MATCHES)[number];
export const MATCH_LABELS: Record<TagRuleMatch, string> = {
  any: '包含任一词',
  all: '包含全部词',
  exact: '包含完整短语',
  regex: '正则表达式',
};

export const TAG_RULE_FIELDS = ['both', 'title', 'text'] as const;
export type TagRuleFields = (typeof TAG_RULE_FIELDS)[number];
export const RULE_FIELD_LABELS: Record<TagRuleFields, string> = {
  both: '标题和正文',
  title: '仅标题',
  text: '仅正文',
};

const tagRuleShape = {
  tagPath: z.string().trim().min(1, '请选择标签').max(200),
  match: z.enum(TAG_RULE_MATCHES),
  pattern: z.string().trim().min(1, '请填写要匹配的内容').max(MAX_PATTERN_LENGTH),
  caseSensitive: z.boolean().default(false),
  fields: z.enum(TAG_RULE_FIELDS).default('both'),
  enabled: z.boolean().default(true),
  /** Add the tag at import; otherwise the rule only suggests it. */
  autoApply: z.boolean().default(false),
};

/** A rule as the editor sends it; the pattern is checked against its match type. */
export const tagRuleInputSchema = z
  .object(tagRuleShape)
  .strict()
  .superRefine((rule, context) => {
    const problem = patternProblem(rule.match, rule.pattern, rule.caseSensitive);
    if (problem) context.addIssue({ code: 'custom', path: ['pattern'], message: problem });
  });
export type TagRuleInput = z.output<typeof tagRuleInputSchema>;

/** Changes to a rule; the merged rule is checked again by the engine. */
export const tagRulePatchSchema = z
  .object({
    tagPath: tagRuleShape.tagPath,
    match: tagRuleShape.match,
    pattern: tagRuleShape.pattern,
    caseSensitive: z.boolean(),
    fields: z.enum(TAG_RULE_FIELDS),
    enabled: z.boolean(),
    autoApply: z.boolean(),
  })
  .partial()
  .strict();

export interface TagRule extends TagRuleInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface RuleTestDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  /** The document already carries the rule's tag. */
  hasTag: boolean;
  /** What matched: the words found, or the text the expression matched. */
  hits: string[];
}

/** What a rule would do to the library (documents not in the trash). */
export interface RuleTestResult {
  scanned: number;
  matched: number;
  /** Of the matched documents, how many already carry the tag. */
  alreadyTagged: number;
  tookMs: number;
  /** The first matched documents, those without the tag first. */
  documents: RuleTestDocument[];
}

export interface RuleApplyResult {
  /** Documents that got the tag now. */
  count: number;
  matched: number;
  /** Matched documents where the user had declined this tag (忽略) earlier; left alone. */
  skippedDismissed: number;
}

export interface TagSuggestion {
  id: number;
  tagPath: string;
  /** The rule that suggested it; null when that rule has since been deleted. */
  rule: { id: string; match: TagRuleMatch; pattern: string } | null;
  hits: string[];
}

export interface TermSuggestion {
  id: number;
  /** A named practice or slogan found in quotation marks (“一党员一项目”). */
  term: string;
  /** The tag 采用 adds: an existing tag with this name, else one under 做法与提法. */
  tagPath: string;
}

export interface DocumentSuggestions {
  tags: TagSuggestion[];
  terms: TermSuggestion[];
}
