import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/engine/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/engine/db/migrations';
import { DATABASE_FILE_NAME } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { makeReviewPackage } from '../../../electron/engine/selection/review-package/review-package-write';
import { deleteRound, getRound } from '../../../electron/engine/selection/selection-service';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A library written before 评审包: one scored case in a round with two reviewers. */
function libraryBeforePackages(): string {
  const folder = makeTempFolder();
  folders.push(folder);
  const db = new Database(path.join(folder, DATABASE_FILE_NAME));
  migrate(db, MIGRATIONS.filter((migration) => migration.version < 12));
  db.prepare(
    `INSERT INTO documents (seq, id, kind, title, text, text_sha256, field_origins, created_at, updated_at)
     VALUES (1, 'oldcase00001', 'case', '某项目临时党支部“六有一好”做法', '项目党支部推行“六有一好”。', 'x', '{}', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
  ).run();
  db.prepare(
    `INSERT INTO selection_rounds (id, name, year, target_count, criteria, reviewers, created_at, updated_at)
     VALUES ('oldround0001', '2024年度评选', 2024, 10, '[{"key":"lead","name":"党建引领","weight":100,"description":""}]', '["王评审","李评审"]', '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z')`,
  ).run();
  db.prepare("INSERT INTO selection_submissions (id, round_id, document_seq, added_at, updated_at) VALUES (1, 'oldround0001', 1, 'now', 'now')").run();
  db.prepare(`INSERT INTO selection_reviews (submission_id, reviewer, scores, comment, updated_at) VALUES (1, '王评审', '{"lead":90}', '', 'now')`).run();
  db.prepare("INSERT INTO settings (key, value) VALUES ('taxonomy.installedVersion', '1')").run();
  db.close();
  return folder;
}

describe('migration 012: review packages', () => {
  it('upgrades a round: nobody packaged or returned yet, scores kept; packages can be made; deleting the round removes them', () => {
    const folder = libraryBeforePackages();
    const library = openLibrary(libraryOptions(folder));
    try {
      expect(schemaVersion(library.db)).toBe(LATEST_SCHEMA_VERSION);
      const round = getRound(library, 'oldround0001');
      expect(round).toMatchObject({ returnedReviewers: [], outstandingReviewers: ['王评审', '李评审'] });
      expect(round.reviewerStatus[0]).toEqual({ reviewer: '王评审', packagedAt: null, blind: false, abstained: [], returnedAt: null });
      expect(round.submissions[0]?.reviews[0]?.total).toBe(90);
      makeReviewPackage(library, { roundId: 'oldround0001', reviewer: '李评审', blind: false, out: path.join(folder, 'li.cbreview') });
      expect(getRound(library, 'oldround0001').reviewerStatus[1]?.packagedAt).not.toBeNull();
      deleteRound(library, 'oldround0001');
      expect(library.db.prepare('SELECT count(*) AS n FROM selection_review_packages').get()).toEqual({ n: 0 });
    } finally {
      library.close();
    }
  });
});
