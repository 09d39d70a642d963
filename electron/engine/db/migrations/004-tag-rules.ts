/**
 * Tag rules and per-document suggestions (electron/engine/tags/):
 * - tag_rules: the user's editable rules; the default set from resources/tag-rules.json is installed
 *   into a new (or upgraded) library by the engine, not by this migration.
 * - document_suggestions: tags a suggest-only rule offered and quoted terms (“一党员一项目”) found at
 *   import. A decided suggestion is kept (applied / dismissed) so it is never offered again.
 */
export const migration004TagRules = `
CREATE TABLE tag_rules (
  id             TEXT PRIMARY KEY,
  position       INTEGER NOT NULL,
  tag_path       TEXT NOT NULL,
  match          TEXT NOT NULL CHECK (match IN ('any', 'all', 'exact', 'regex')),
  pattern        TEXT NOT NULL,
  case_sensitive INTEGER NOT NULL DEFAULT 0,
  fields         TEXT NOT NULL DEFAULT 'both' CHECK (fields IN ('both', 'title', 'text')),
  enabled        INTEGER NOT NULL DEFAULT 1,
  auto_apply     INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX tag_rules_position ON tag_rules(position);

CREATE TABLE document_suggestions (
  id           INTEGER PRIMARY KEY,
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  type         TEXT NOT NULL CHECK (type IN ('tag', 'term')),
  value        TEXT NOT NULL,
  rule_id      TEXT REFERENCES tag_rules(id) ON DELETE SET NULL,
  hits         TEXT NOT NULL DEFAULT '[]',
  status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'applied', 'dismissed')),
  created_at   TEXT NOT NULL,
  decided_at   TEXT,
  UNIQUE (document_seq, type, value)
);
CREATE INDEX document_suggestions_pending ON document_suggestions(document_seq, status);
CREATE INDEX document_suggestions_rule ON document_suggestions(rule_id);
`;
