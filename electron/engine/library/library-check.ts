import fs from 'node:fs';
import type { LibraryCheckReport } from '../../../shared/model/library';
import type { Library } from '../core/library';
import { rebuildSearchIndex } from '../search/search-index-service';
import { documentOriginals, integrityCheck } from './library-files-repo';
import { ORPHAN_MIN_AGE_MS, orphanOriginals, staleLeftovers, sweepLibrary } from './library-repair';

/** At most this many documents or files are listed by name; the counts are complete. */
const LISTED = 100;

function findMissingOriginals(library: Library): LibraryCheckReport['missingOriginals'] {
  return documentOriginals(library.db).filter((row) => {
    try {
      return !fs.existsSync(library.originals.absolute(row.storedPath));
    } catch {
      return true; // a path outside originals/ cannot be the document's original
    }
  });
}

/**
 * 资料库检查 (`library.check`, `casebook check`): reports, and with `repair` mends, what can go wrong
 * with a library on disk. Stray files (originals no document lists, temp files of interrupted work)
 * are removed and an incomplete index rebuilt; a document whose original is missing is reported,
 * never deleted (its text and notes are still worth having).
 */
export async function checkLibrary(library: Library, options: { repair: boolean; orphanMinAgeMs?: number }): Promise<LibraryCheckReport> {
  const minAge = options.orphanMinAgeMs ?? library.options.orphanMinAgeMs ?? ORPHAN_MIN_AGE_MS;
  let repaired: LibraryCheckReport['repaired'] = null;
  if (options.repair) {
    const swept = sweepLibrary(library, minAge);
    let indexRebuiltDocuments: number | null = null;
    if (library.search.indexStatus() !== 'ready') indexRebuiltDocuments = (await rebuildSearchIndex(library)).documents;
    repaired = { orphanOriginals: swept.orphanOriginals.length, leftovers: swept.leftovers.length, indexRebuiltDocuments };
  }
  const integrity = integrityCheck(library.db);
  const integrityOk = integrity.length === 1 && integrity[0] === 'ok';
  const missing = findMissingOriginals(library);
  const orphans = orphanOriginals(library, minAge);
  const leftoverCount = staleLeftovers(library, minAge).length;
  const index = library.search.indexStatus();
  return {
    integrity,
    integrityOk,
    missingOriginals: missing.slice(0, LISTED),
    missingOriginalCount: missing.length,
    orphanOriginals: orphans.slice(0, LISTED),
    orphanOriginalCount: orphans.length,
    leftoverCount,
    index,
    repaired,
    ok: integrityOk && missing.length === 0 && orphans.length === 0 && leftoverCount === 0 && index === 'ready',
  };
}
