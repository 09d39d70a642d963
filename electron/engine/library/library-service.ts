import fs from 'node:fs';
import path from 'node:path';
import type { LibraryInfo } from '../../../shared/model/library';
import { countDocuments, countLiveDocumentsByKind } from '../documents/documents-repo';
import { schemaVersion } from '../db/migrate';
import { getSetting, setSetting } from '../core/settings-repo';
import type { Library } from '../core/library';
import { importBytes } from '../import/import-service';

const SAMPLE_DECISION = 'sample.decision';

export function libraryInfo(library: Library): LibraryInfo {
  const counts = countDocuments(library.db);
  return {
    path: library.folder,
    schemaVersion: schemaVersion(library.db),
    documentCount: counts.live,
    trashCount: counts.trashed,
    kindCounts: countLiveDocumentsByKind(library.db),
    offerSample: counts.live + counts.trashed === 0 && getSetting(library.db, SAMPLE_DECISION) === null,
    appVersion: library.options.appVersion,
  };
}

/** The sample library: realistic documents written for Casebook, imported through the normal importer. */
export async function loadSampleLibrary(library: Library): Promise<{ imported: number }> {
  const folder = path.join(library.options.resourcesFolder, 'sample');
  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
  let imported = 0;
  for (const name of files) {
    const result = await importBytes(library, name, fs.readFileSync(path.join(folder, name)));
    if (result.status === 'imported') imported += 1;
  }
  library.write(() => setSetting(library.db, SAMPLE_DECISION, 'loaded'));
  return { imported };
}

export function declineSampleLibrary(library: Library): { ok: true } {
  library.write(() => setSetting(library.db, SAMPLE_DECISION, 'declined'));
  return { ok: true };
}
