import { CasebookError } from '../../../../shared/api/errors';
import { tagRuleInputSchema, type RuleApplyResult, type RuleTestDocument, type RuleTestResult, type TagRule, type TagRuleInput } from '../../../../shared/model/tag-rule';
import { findDocumentRowBySeq, touchDocument } from '../../documents/documents-repo';
import { recordHistory } from '../../documents/history-repo';
import { dismissedTagSeqs, deletePendingSuggestionsOfRule, markTagSuggestionApplied } from '../suggestions-repo';
import { deleteTagRule, findTagRule, insertTagRule, iterateLiveDocuments, listTagRules, updateTagRule, type RuleDocumentRow } from '../tag-rules-repo';
import { addDocumentTag, documentSeqsWithTag, ensureTag, findTagId, tagsOfDocument, validTagPath } from '../tags-repo';
import { compileRule, PreparedDocument, type CompiledRule } from './rule-matcher';
import { newId, nowIso } from '../../core/ids';
import type { Library } from '../../core/library';
import { writeInBatches } from '../../core/write-batches';

/** A rule run over the whole library stops after this long rather than hold the library up. */
export const RULE_RUN_BUDGET_MS = 15_000;
const TEST_SAMPLE_LIMIT = 50;

function requireRule(library: Library, id: string): TagRule {
  const rule = findTagRule(library.db, id);
  if (!rule) throw new CasebookError('NOT_FOUND', '找不到这条标签规则，它可能已被删除。', `tag rule ${id}`);
  return rule;
}

/** Parses, normalises the tag path and compiles (which checks the pattern); throws BAD_REQUEST. */
function checkedRule(input: TagRuleInput): TagRuleInput {
  const parsed = tagRuleInputSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? '标签规则有误。';
    throw new CasebookError('BAD_REQUEST', `标签规则有误：${message}`, JSON.stringify(parsed.error.issues).slice(0, 1000));
  }
  const rule = { ...parsed.data, tagPath: validTagPath(parsed.data.tagPath) };
  compileRule(rule);
  return rule;
}

export function listRules(library: Library): TagRule[] {
  return listTagRules(library.db);
}

export function createRule(library: Library, input: TagRuleInput): TagRule {
  const rule = checkedRule(input);
  const id = newId();
  library.write(() => insertTagRule(library.db, id, rule, nowIso()));
  return requireRule(library, id);
}

export function updateRule(library: Library, id: string, patch: Partial<TagRuleInput>): TagRule {
  return library.write(() => {
    const { id: _id, createdAt: _created, updatedAt: _updated, ...current } = requireRule(library, id);
    updateTagRule(library.db, id, checkedRule({ ...current, ...patch }), nowIso());
    return requireRule(library, id);
  });
}

export function deleteRule(library: Library, id: string): { ok: true } {
  library.write(() => {
    requireRule(library, id);
    deletePendingSuggestionsOfRule(library.db, id);
    deleteTagRule(library.db, id);
  });
  return { ok: true };
}

/** Every live document the rule matches, with what matched; stops at the time budget. */
function runOverLibrary(library: Library, compiled: CompiledRule, budgetMs: number): { scanned: number; matches: { doc: RuleDocumentRow; hits: string[] }[]; tookMs: number } {
  const started = performance.now();
  const matches: { doc: RuleDocumentRow; hits: string[] }[] = [];
  let scanned = 0;
  const rows = iterateLiveDocuments(library.db);
  for (const doc of rows) {
    const hits = compiled.match(new PreparedDocument(doc));
    scanned += 1;
    if (hits) matches.push({ doc: { ...doc, text: '' }, hits });
    if (performance.now() - started > budgetMs) {
      rows.return?.();
      throw new CasebookError(
        'BAD_REQUEST',
        `这条规则在 ${Math.round(budgetMs / 1000)} 秒内只检查了 ${scanned} 份资料，运行太慢。请把匹配内容写得更具体（正则表达式尤其如此）。`,
        `rule budget exceeded after ${scanned} documents`,
      );
    }
  }
  return { scanned, matches, tookMs: Math.round(performance.now() - started) };
}

function seqsWithTag(library: Library, tagPath: string): Set<number> {
  const tagId = findTagId(library.db, tagPath);
  if (tagId === undefined) return new Set();
  return new Set(documentSeqsWithTag(library.db, tagId));
}

/** What a rule (saved or still being edited) would match, for the editor's 试运行. */
export function testRule(library: Library, input: TagRuleInput, budgetMs = RULE_RUN_BUDGET_MS): RuleTestResult {
  const rule = checkedRule(input);
  const { scanned, matches, tookMs } = runOverLibrary(library, compileRule(rule), budgetMs);
  const tagged = seqsWithTag(library, rule.tagPath);
  const documents: RuleTestDocument[] = matches
    .map(({ doc, hits }) => ({ id: doc.id, title: doc.title, kind: doc.kind, hasTag: tagged.has(doc.seq), hits }))
    .sort((a, b) => Number(a.hasTag) - Number(b.hasTag))
    .slice(0, TEST_SAMPLE_LIMIT);
  const alreadyTagged = matches.filter(({ doc }) => tagged.has(doc.seq)).length;
  return { scanned, matched: matches.length, alreadyTagged, tookMs, documents };
}

/**
 * Gives the rule's tag to every live document it matches, except where the user declined it. The
 * matching reads without a transaction; the tagging writes in short transactions (writeInBatches),
 * so a rule that tags thousands of documents never holds the library for seconds. Run again after a
 * crash, it tags what is left.
 */
export async function applyRuleToLibrary(library: Library, ruleId: string, budgetMs = RULE_RUN_BUDGET_MS): Promise<RuleApplyResult> {
  const rule = requireRule(library, ruleId);
  const { matches } = runOverLibrary(library, compileRule(rule), budgetMs);
  let count = 0;
  let skippedDismissed = 0;
  await writeInBatches(library, matches, () => {
    const now = nowIso();
    const tagged = seqsWithTag(library, rule.tagPath);
    const dismissed = dismissedTagSeqs(library.db, rule.tagPath);
    const tagId = ensureTag(library.db, rule.tagPath, now);
    return ({ doc }) => {
      // Trashed or purged since it was matched (outside the transaction): left alone.
      if (tagged.has(doc.seq) || findDocumentRowBySeq(library.db, doc.seq)?.deleted_at !== null) return;
      if (dismissed.has(doc.seq)) {
        skippedDismissed += 1;
        return;
      }
      const before = tagsOfDocument(library.db, doc.seq);
      addDocumentTag(library.db, doc.seq, tagId);
      const after = tagsOfDocument(library.db, doc.seq);
      recordHistory(library.db, doc.seq, [{ field: 'tags', oldValue: before.join('，'), newValue: after.join('，') }], library.actor, now);
      touchDocument(library.db, doc.seq, now);
      markTagSuggestionApplied(library.db, doc.seq, rule.tagPath, now);
      count += 1;
    };
  });
  return { count, matched: matches.length, skippedDismissed };
}
