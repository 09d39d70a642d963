import { type Library, type OpenLibraryOptions } from '../core/library';
import { openLibrary } from '../library/open-library';
import { pauseRecognition } from '../import/recognition/recognition-service';

/**
 * Holds the library a door serves. It opens on first use and, if opening fails (locked, missing,
 * not a library), every request gets that error until the problem is fixed: the process stays up.
 */
export class LibraryHost {
  private library: Library | null = null;
  private readonly switchListeners: ((folder: string) => void)[] = [];

  constructor(private options: OpenLibraryOptions) {}

  get folder(): string {
    return this.options.folder;
  }

  /** How this door opens libraries (resources, native binding, actor…), for one opened beside it. */
  get openOptions(): OpenLibraryOptions {
    return this.options;
  }

  /** Called after every switch to another library (the desktop app remembers it and updates its menu). */
  onSwitched(listener: (folder: string) => void): void {
    this.switchListeners.push(listener);
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
    for (const listener of this.switchListeners) listener(folder);
    return next;
  }

  close(): void {
    this.library?.close();
    this.library = null;
  }

  /**
   * Closes the library once the page being recognised (文字识别) is finished: the process may exit
   * right after, and ending it while ONNX Runtime runs a model aborts it. The queue resumes at the next start.
   */
  async closeAfterRecognition(): Promise<void> {
    if (this.library) await pauseRecognition(this.library);
    this.close();
  }
}
