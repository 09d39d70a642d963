import { type Library, type OpenLibraryOptions } from '../core/library';
import { openLibrary } from '../library/open-library';

/**
 * Holds the library a door serves. It opens on first use and, if opening fails (locked, missing,
 * not a library), every request gets that error until the problem is fixed: the process stays up.
 */
export class LibraryHost {
  private library: Library | null = null;

  constructor(private options: OpenLibraryOptions) {}

  get folder(): string {
    return this.options.folder;
  }

  get(): Library {
    if (this.library === null) this.library = openLibrary(this.options);
    return this.library;
  }

  /**
   * Serves another library from now on (the desktop app's 打开资料库). The new one is opened first:
   * if that fails, the error is thrown and the current library stays as it was.
   */
  switchTo(folder: string, createIfMissing: boolean): Library {
    const options = { ...this.options, folder, createIfMissing };
    const next = openLibrary(options);
    this.library?.close();
    this.library = next;
    this.options = options;
    return next;
  }

  close(): void {
    this.library?.close();
    this.library = null;
  }
}
