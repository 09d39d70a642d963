/**
 * Saved searches (保存的搜索, shown in the sidebar and run again when opened) and the search history
 * (最近搜索, offered in the search box; the service keeps the newest HISTORY_LIMIT entries).
 */
export const migration005SavedSearches = `
CREATE TABLE saved_searches (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  query      TEXT NOT NULL,
  sort       TEXT NOT NULL DEFAULT 'relevance' CHECK (sort IN ('relevance', 'date')),
  position   INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX saved_searches_name ON saved_searches(name);

CREATE TABLE search_history (
  query   TEXT PRIMARY KEY,
  used_at TEXT NOT NULL,
  uses    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX search_history_used ON search_history(used_at);
`;
