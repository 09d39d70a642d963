/**
 * The annual selection (十大典型案例评选, electron/engine/selection/):
 * - selection_rounds: one round per call for cases, with its criteria (key, name, weight), quotas
 *   per region and reviewer names as JSON, and the booklet collection once made.
 * - selection_submissions: a case document entered in a round, its stage and, for 未入选, the reason;
 *   position is the booklet's chosen order (NULL: rank order).
 * - selection_stage_history: every stage change, with who and when.
 * - selection_reviews: one reviewer's scores (criterion key → 0–100, JSON) and comment for a case.
 * Deleting a round deletes its submissions, history and reviews; purging a document removes it from
 * every round (ON DELETE CASCADE). A document in the 回收站 stays in its rounds, shown as such.
 */
export const migration008SelectionRounds = `
CREATE TABLE selection_rounds (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  year          INTEGER NOT NULL,
  target_count  INTEGER NOT NULL CHECK (target_count >= 1),
  criteria      TEXT NOT NULL DEFAULT '[]',
  quotas        TEXT NOT NULL DEFAULT '[]',
  reviewers     TEXT NOT NULL DEFAULT '[]',
  collection_id TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE TABLE selection_submissions (
  id           INTEGER PRIMARY KEY,
  round_id     TEXT NOT NULL REFERENCES selection_rounds(id) ON DELETE CASCADE,
  document_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
  stage        TEXT NOT NULL DEFAULT 'received' CHECK (stage IN ('received', 'screening', 'shortlisted', 'selected', 'rejected')),
  reason       TEXT,
  position     INTEGER,
  added_at     TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  UNIQUE (round_id, document_seq)
);
CREATE INDEX selection_submissions_document ON selection_submissions(document_seq);

CREATE TABLE selection_stage_history (
  id            INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES selection_submissions(id) ON DELETE CASCADE,
  from_stage    TEXT,
  to_stage      TEXT NOT NULL,
  reason        TEXT,
  actor         TEXT NOT NULL,
  changed_at    TEXT NOT NULL
);
CREATE INDEX selection_stage_history_submission ON selection_stage_history(submission_id);

CREATE TABLE selection_reviews (
  submission_id INTEGER NOT NULL REFERENCES selection_submissions(id) ON DELETE CASCADE,
  reviewer      TEXT NOT NULL,
  scores        TEXT NOT NULL DEFAULT '{}',
  comment       TEXT NOT NULL DEFAULT '',
  updated_at    TEXT NOT NULL,
  PRIMARY KEY (submission_id, reviewer)
) WITHOUT ROWID;
`;
