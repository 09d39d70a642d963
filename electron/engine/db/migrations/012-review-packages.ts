/**
 * 评审包 (electron/engine/selection/review-package/): one row per reviewer of a round that was sent a
 * package. `secret` keys the HMAC of the 评分结果 file the reviewer sends back (it travels inside the
 * package, so a result made for one round or reviewer never verifies for another); `documents` lists
 * the case ids the package held and `abstained` the ones withheld for 回避 (JSON arrays of ids);
 * `returned_at`/`returned_sha256` mark the last result merged. Deleting a round deletes its rows.
 */
export const migration012ReviewPackages = `
CREATE TABLE selection_review_packages (
  round_id        TEXT NOT NULL REFERENCES selection_rounds(id) ON DELETE CASCADE,
  reviewer        TEXT NOT NULL,
  package_id      TEXT NOT NULL,
  secret          TEXT NOT NULL,
  blind           INTEGER NOT NULL DEFAULT 0,
  reviewer_unit   TEXT,
  stage           TEXT NOT NULL,
  documents       TEXT NOT NULL DEFAULT '[]',
  abstained       TEXT NOT NULL DEFAULT '[]',
  packaged_at     TEXT NOT NULL,
  returned_at     TEXT,
  returned_sha256 TEXT,
  PRIMARY KEY (round_id, reviewer)
) WITHOUT ROWID;
`;
