import type Database from 'better-sqlite3';
import type { DocumentKind } from '../../../shared/model/document';
import type { TagRule, TagRuleInput } from '../../../shared/model/tag-rule';
import { preparedOnce } from '../db/statement-cache';

interface TagRuleRow {
  id: string;
  position: number;
  tag_path: string;
  match: TagRule['match'];
  pattern: string;
  case_sensitive: number;
  fields: TagRule['fields'];
  enabled: number;
  auto_apply: number;
  created_at: string;
  updated_at: string;
}

function ruleFromRow(row: TagRuleRow): TagRule {
  return {
    id: row.id,
    tagPath: row.tag_path,
    match: row.match,
    pattern: row.pattern,
    caseSensitive: row.case_sensitive === 1,
    fields: row.fields,
    enabled: row.enabled === 1,
    autoApply: row.auto_apply === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function columnsOf(rule: TagRuleInput): Record<string, unknown> {
  return {
    tag_path: rule.tagPath,
    match: rule.match,
    pattern: rule.pattern,
    case_sensitive: rule.caseSensitive ? 1 : 0,
    fields: rule.fields,
    enabled: rule.enabled ? 1 : 0,
    auto_apply: rule.autoApply ? 1 : 0,
  };
}

/** Rules in the order the user sees them (oldest first). */
export function listTagRules(db: Database.Database, onlyEnabled = false): TagRule[] {
  const where = onlyEnabled ? 'WHERE enabled = 1' : '';
  return (preparedOnce(db, `SELECT * FROM tag_rules ${where} ORDER BY position, created_at`).all() as TagRuleRow[]).map(ruleFromRow);
}

export function findTagRule(db: Database.Database, id: string): TagRule | undefined {
  const row = db.prepare('SELECT * FROM tag_rules WHERE id = ?').get(id) as TagRuleRow | undefined;
  return row ? ruleFromRow(row) : undefined;
}

export function insertTagRule(db: Database.Database, id: string, rule: TagRuleInput, now: string): void {
  const position = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS next FROM tag_rules').get() as { next: number }).next;
  db.prepare(
    `INSERT INTO tag_rules (id, position, tag_path, match, pattern, case_sensitive, fields, enabled, auto_apply, created_at, updated_at)
     VALUES (@id, @position, @tag_path, @match, @pattern, @case_sensitive, @fields, @enabled, @auto_apply, @now, @now)`,
  ).run({ id, position, now, ...columnsOf(rule) });
}

export function updateTagRule(db: Database.Database, id: string, rule: TagRuleInput, now: string): void {
  db.prepare(
    `UPDATE tag_rules SET tag_path = @tag_path, match = @match, pattern = @pattern, case_sensitive = @case_sensitive,
       fields = @fields, enabled = @enabled, auto_apply = @auto_apply, updated_at = @now WHERE id = @id`,
  ).run({ id, now, ...columnsOf(rule) });
}

export function deleteTagRule(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM tag_rules WHERE id = ?').run(id);
}

/** A renamed or moved tag takes its rules along: 主题/X → 专题/X, sub-tags included. */
export function renameRuleTags(db: Database.Database, from: string, to: string, now: string): void {
  db.prepare(
    `UPDATE tag_rules SET tag_path = @to || substr(tag_path, length(@from) + 1), updated_at = @now
     WHERE tag_path = @from OR substr(tag_path, 1, length(@from) + 1) = @from || '/'`,
  ).run({ from, to, now });
}

/** Rules of a deleted tag (and its sub-tags) go with it, or the next import would bring the tag back. */
export function deleteRulesOfTag(db: Database.Database, path: string): void {
  db.prepare(`DELETE FROM tag_rules WHERE tag_path = @p OR substr(tag_path, 1, length(@p) + 1) = @p || '/'`).run({ p: path });
}

/** The columns of a document a rule matches against. */
export interface RuleDocumentRow {
  seq: number;
  id: string;
  kind: DocumentKind;
  title: string;
  text: string;
}

/** Every live document, oldest first, read one at a time (a rule run may stop early: call return()). */
export function iterateLiveDocuments(db: Database.Database): IterableIterator<RuleDocumentRow> {
  return db.prepare('SELECT seq, id, kind, title, text FROM documents WHERE deleted_at IS NULL ORDER BY seq').iterate() as IterableIterator<RuleDocumentRow>;
}
