import { openLibraryIn, type Library, type OpenLibraryOptions } from '../core/library';
import { installDefaultTagRules } from '../tags/rules/default-tag-rules';
import { installDefaultTaxonomy } from '../tags/taxonomy-service';
import { ORPHAN_MIN_AGE_MS, sweepLibrary } from './library-repair';
import { openRecognitionJobs } from '../import/recognition/recognition-repo';
import { tidyAfterWrites } from '../search/search-index-service';

/**
 * Opens a library as every door does: the folder and database, then the default tag tree and rules a
 * new library gets, then the start-up repair (library-repair.ts) removes what a killed import,
 * backup or restore left behind. An index left incomplete is rebuilt in the background on the first
 * `search.status` (search-index-service.ts), as the app asks at start; scans left waiting for
 * recognition (OCR) are resumed in the background. After every write, the index's merges and the WAL
 * checkpoint run at idle time (tidyAfterWrites), not inside the next write.
 */
export function openLibrary(options: OpenLibraryOptions): Library {
  return openLibraryIn(options, (library) => {
    installDefaultTaxonomy(library);
    installDefaultTagRules(library);
    sweepLibrary(library, options.orphanMinAgeMs ?? ORPHAN_MIN_AGE_MS);
    tidyAfterWrites(library);
    if (options.recognizeInBackground !== false && openRecognitionJobs(library.db).length > 0) {
      // Loaded only when scans are waiting: the readers and the OCR it brings are no part of opening a library.
      void import('../import/recognition/recognition-service').then(({ resumeRecognition }) => resumeRecognition(library)).catch(() => undefined);
    }
  });
}
