import fs from 'node:fs';
import path from 'node:path';
import type { LibraryInfo, SampleStatus } from '../../../shared/model/library';
import { sha256 } from '../core/ids';
import { countDocuments, countLiveDocumentsByKind, findExactDuplicate } from '../documents/documents-repo';
import { schemaVersion } from '../db/migrate';
import { getSetting, setSetting } from '../core/settings-repo';
import type { Library } from '../core/library';
import { importStaged, stageBytes } from '../import/import-service';

const SAMPLE_DECISION = 'sample.decision';
const SAMPLE_LOADING = 'loading';

export function libraryInfo(library: Library): LibraryInfo {
  const counts = countDocuments(library.db);
  return {
    path: library.folder,
    schemaVersion: schemaVersion(library.db),
    documentCount: counts.live,
    trashCount: counts.trashed,
    kindCounts: countLiveDocumentsByKind(library.db),
    offerSample: firstStart(library, counts.live + counts.trashed),
    appVersion: library.options.appVersion,
  };
}

/**
 * The welcome screen's question is open: an empty library nobody has decided about yet, or one whose
 * sample is being loaded from that screen (its spinner stays until the last document is in).
 */
function firstStart(library: Library, documents: number): boolean {
  const decision = getSetting(library.db, SAMPLE_DECISION);
  return decision === SAMPLE_LOADING || (documents === 0 && decision === null);
}

/** The sample library's files (resources/sample/*.md), in order. */
function sampleFiles(library: Library): string[] {
  const folder = path.join(library.options.resourcesFolder, 'sample');
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(folder, name));
}

/** How much of the sample this library holds, by the same rule the importer skips a file it has (its bytes). */
export function sampleStatus(library: Library): SampleStatus {
  const status: SampleStatus = { documents: 0, inLibrary: 0, inTrash: 0 };
  for (const file of sampleFiles(library)) {
    status.documents += 1;
    const existing = findExactDuplicate(library.db, sha256(fs.readFileSync(file)), '');
    if (existing?.deleted_at) status.inTrash += 1;
    else if (existing) status.inLibrary += 1;
  }
  return status;
}

/**
 * The sample library: realistic documents written for Casebook, imported through the normal
 * importer, so a file the library has already (or has in its 回收站) is skipped, never overwritten.
 */
export async function loadSampleLibrary(library: Library): Promise<{ imported: number; alreadyPresent: number }> {
  let imported = 0;
  let alreadyPresent = 0;
  // Loaded from the welcome screen: that screen stays (with its spinner) until the whole sample is in.
  const counts = countDocuments(library.db);
  if (firstStart(library, counts.live + counts.trashed)) library.write(() => setSetting(library.db, SAMPLE_DECISION, SAMPLE_LOADING));
  // Every file's parse is queued at once (a few hundred KB in all), so the workers parse while earlier ones are stored.
  const staged = sampleFiles(library).map((file) => stageBytes(library, path.basename(file), fs.readFileSync(file)));
  for (const stage of staged) {
    const [result] = await importStaged(library, stage);
    if (result?.status === 'imported') imported += 1;
    if (result?.status === 'duplicate') alreadyPresent += 1;
  }
  library.write(() => setSetting(library.db, SAMPLE_DECISION, 'loaded'));
  return { imported, alreadyPresent };
}

export function declineSampleLibrary(library: Library): { ok: true } {
  library.write(() => setSetting(library.db, SAMPLE_DECISION, 'declined'));
  return { ok: true };
}
