import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/engine/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/engine/db/migrations';
import { BANDS } from '../../../electron/engine/duplicates/minhash';
import { BACKFILL_BATCH, ensureSignatures } from '../../../electron/engine/duplicates/signature-backfill';
import { DATABASE_FILE_NAME, type Library } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { checkDuplicates, listDuplicates } from '../../../electron/engine/duplicates/duplicates-service';
import { libraryOptions, makeTempFolder, withTempLibrary } from '../../helpers/temp-library';
import { FIXTURE, fixtureBytes, importFixture, storedText } from './near-duplicate-fixtures';

const folders: string[] = [];
const libraries: Library[] = [];
afterEach(() => {
  for (const library of libraries.splice(0)) library.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** Texts of unrelated documents: random common characters, so no two resemble each other. */
function unrelatedText(index: number): string {
  let state = index * 2654435761 + 1;
  let text = `第${index}份资料\n`;
  for (let i = 0; i < 120; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    text += String.fromCodePoint(0x4e00 + (state % 0x5000));
  }
  return text;
}

/** A library as Casebook wrote it before 查重 (schema version 2), with the given documents. */
function libraryBeforeDuplicates(texts: { id: string; title: string; text: string; docNumber?: string }[]): string {
  const folder = makeTempFolder();
  folders.push(folder);
  const db = new Database(path.join(folder, DATABASE_FILE_NAME));
  migrate(db, MIGRATIONS.slice(0, 2));
  const insert = db.prepare(
    `INSERT INTO documents (id, kind, title, text, text_sha256, doc_number, field_origins, created_at, updated_at)
     VALUES (?, 'news', ?, ?, ?, ?, '{}', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
  );
  db.transaction(() => {
    for (const [index, doc] of texts.entries()) insert.run(doc.id, doc.title, doc.text, `sha-${index}`, doc.docNumber ?? null);
  })();
  expect(schemaVersion(db)).toBe(2);
  db.close();
  return folder;
}

async function cleanedFixtureTexts(): Promise<Record<'siteA' | 'siteB' | 'otherStory', string>> {
  const { library, cleanup } = withTempLibrary();
  try {
    const text = async (name: string) => storedText(library, (await importFixture(library, name)).id);
    return { siteA: await text(FIXTURE.siteA), siteB: await text(FIXTURE.siteB), otherStory: await text(FIXTURE.otherStory) };
  } finally {
    cleanup();
  }
}

function open(folder: string): Library {
  const library = openLibrary(libraryOptions(folder));
  libraries.push(library);
  return library;
}

const count = (library: Library, sql: string) => (library.db.prepare(sql).get() as { n: number }).n;

describe('documents from before the 查重 migration', () => {
  it('are signed lazily at first use, in batches, and linked as an import would link them', async () => {
    const fixtures = await cleanedFixtureTexts();
    const unrelated = Array.from({ length: BACKFILL_BATCH * 2 + 17 }, (_, index) => ({ id: `old${String(index).padStart(9, '0')}`, title: `旧资料${index}`, text: unrelatedText(index) }));
    const folder = libraryBeforeDuplicates([
      { id: 'oldsitea0001', title: '瓯海学校工地（区住建局网站）', text: fixtures.siteA },
      ...unrelated,
      { id: 'oldsiteb0001', title: '瓯海学校工地（温州新闻网）', text: fixtures.siteB },
      { id: 'oldother0001', title: '鹿城医院迁建工程', text: fixtures.otherStory },
    ]);

    const library = open(folder);
    expect(schemaVersion(library.db)).toBe(LATEST_SCHEMA_VERSION);
    // Opening migrates the schema but signs nothing yet.
    expect(count(library, 'SELECT count(*) AS n FROM minhash_signatures')).toBe(0);

    const list = listDuplicates(library, { status: 'pending', offset: 0, limit: 10 });
    expect(count(library, 'SELECT count(*) AS n FROM minhash_signatures')).toBe(unrelated.length + 3);
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ left: { id: 'oldsitea0001' }, right: { id: 'oldsiteb0001' } });
    expect(list.items[0]?.similarity).toBeGreaterThan(0.75);
    // Done once per process: a second call has nothing to do.
    expect(ensureSignatures(library)).toBe(0);

    // A later import matches the old documents.
    const siteC = await importFixture(library, FIXTURE.siteC);
    expect(siteC.nearDuplicateOf).toBe('oldsitea0001');
  });

  it('are signed before the first import of a new session, so the import can match them', async () => {
    const fixtures = await cleanedFixtureTexts();
    const folder = libraryBeforeDuplicates([{ id: 'oldsitea0001', title: '瓯海学校工地', text: fixtures.siteA }]);
    const library = open(folder);
    const imported = await importFixture(library, FIXTURE.siteB);
    expect(imported.nearDuplicateOf).toBe('oldsitea0001');
    expect(checkDuplicates(library, 'oldsitea0001').map((similar) => similar.document.id)).toEqual([imported.id]);
  });

  it('survives a library reopened halfway: what was signed stays, the rest is signed next time', () => {
    const folder = libraryBeforeDuplicates(Array.from({ length: 30 }, (_, index) => ({ id: `old${index}`, title: `旧资料${index}`, text: unrelatedText(index) })));
    const first = open(folder);
    first.db.prepare('DELETE FROM minhash_signatures').run();
    expect(ensureSignatures(first)).toBe(30);
    // The last 20 signatures lost, as if the process had stopped between two batches.
    first.db.prepare('DELETE FROM minhash_signatures WHERE document_seq > 10').run();
    first.close();
    const second = open(folder);
    expect(ensureSignatures(second)).toBe(20);
    expect(count(second, 'SELECT count(*) AS n FROM minhash_signatures')).toBe(30);
    expect(count(second, 'SELECT count(*) AS n FROM minhash_bands')).toBe(count(second, 'SELECT count(*) AS n FROM minhash_signatures WHERE signature IS NOT NULL') * BANDS);
  });

  it('upgrades the database file through every migration from version 2', () => {
    const folder = libraryBeforeDuplicates([{ id: 'oldnotice001', title: '旧通知', text: fixtureBytes(FIXTURE.noticeWenzhou).toString('utf8'), docNumber: '温住建〔2024〕58号' }]);
    const library = open(folder);
    for (const table of ['minhash_signatures', 'minhash_bands', 'near_duplicates']) {
      expect(library.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)).toBeTruthy();
    }
    expect(checkDuplicates(library, 'oldnotice001')).toEqual([]);
    expect(count(library, 'SELECT count(*) AS n FROM minhash_signatures')).toBe(1);
  });
});
