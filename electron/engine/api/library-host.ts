import { openLibrary, type Library, type OpenLibraryOptions } from '../library';

/**
 * Holds the library a door serves. It opens on first use and, if opening fails (locked, missing,
 * not a library), every request gets that error until the problem is fixed: the process stays up.
 */
export class LibraryHost {
  private library: Library | null = null;

  constructor(readonly options: OpenLibraryOptions) {}

  get(): Library {
    if (this.library === null) this.library = openLibrary(this.options);
    return this.library;
  }

  close(): void {
    this.library?.close();
    this.library = null;
  }
}
