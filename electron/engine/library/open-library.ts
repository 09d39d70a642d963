import { openLibraryIn, type Library, type OpenLibraryOptions } from '../core/library';
import { installDefaultTagRules } from '../tags/rules/default-tag-rules';
import { installDefaultTaxonomy } from '../tags/taxonomy-service';

/** Opens a library as every door does: the folder and database, then the default tag tree and rules a new library gets. */
export function openLibrary(options: OpenLibraryOptions): Library {
  return openLibraryIn(options, (library) => {
    installDefaultTaxonomy(library);
    installDefaultTagRules(library);
  });
}
