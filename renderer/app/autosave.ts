/**
 * Autosave for anything the user types (a draft, a collection's commentary or cover fields): nothing a
 * user wrote is ever lost. A debounced save while typing (and at least every few seconds during a long
 * run), an immediate one on blur (the caller calls flush), when the window is hidden and before it
 * unloads. If the window closes while a save cannot finish, the text is kept in local storage under a
 * key of the caller's choice; whoever opens that text next sends it (see readLocalCopy).
 */

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaverOptions<T> {
  /** The current text; null when there is nothing to read (the editor is gone). */
  read: () => T | null;
  /** Sends one snapshot to the engine; throws when it did not get there. */
  send: (snapshot: T) => Promise<void>;
  onStatus?: (status: SaveStatus) => void;
  /** The first failure after a good save (later retries fail quietly until one succeeds). */
  onError?: (error: unknown) => void;
  /** Local-storage key for what a closing window could not send; none: nothing is kept. */
  localKey?: string;
  /** What is kept under localKey for a snapshot (default: the snapshot itself). */
  keep?: (snapshot: T) => unknown;
  /** Typing pauses this long before a save… */
  debounceMs?: number;
  /** …but a long run of typing is saved at least this often. */
  maxWaitMs?: number;
  retryMs?: number;
}

const open = new Set<Autosaver<unknown>>();

/** Sends the pending edits of every open autosaver (before an export, a quote, a restore…). */
export async function flushAllAutosaves(): Promise<void> {
  await Promise.all([...open].map((saver) => saver.flush()));
}

export function readLocalCopy<C>(key: string): C | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as C) : null;
  } catch {
    return null;
  }
}

export function clearLocalCopy(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // storage unavailable: nothing was kept
  }
}

function writeLocalCopy(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Too big for local storage (many images) or storage disabled: the save is the only chance.
  }
}

export class Autosaver<T> {
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstDirtyAt = 0;
  private disposed = true;
  /** Counts edits, so a save knows whether it covers the text that was kept locally. */
  private edits = 0;
  /** `edits` when a local copy was last kept; 0 at start, as an earlier window may have kept one. */
  private keptAtEdit: number | null = 0;
  status: SaveStatus = 'saved';

  constructor(private readonly options: AutosaverOptions<T>) {}

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /** Starts listening for the window going away; undone by dispose (both may run again, as in StrictMode). */
  start(): this {
    if (!this.disposed) return this;
    this.disposed = false;
    open.add(this as Autosaver<unknown>);
    window.addEventListener('beforeunload', this.onLeave);
    window.addEventListener('pagehide', this.onLeave);
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.dirty) this.schedule(0);
    return this;
  }

  markDirty(): void {
    this.edits += 1;
    if (!this.dirty) this.firstDirtyAt = Date.now();
    this.dirty = true;
    this.setStatus('pending');
    const { debounceMs = 700, maxWaitMs = 5000 } = this.options;
    this.schedule(Math.min(debounceMs, Math.max(0, this.firstDirtyAt + maxWaitMs - Date.now())));
  }

  /** Saves now if anything changed; resolves when the engine has it (or the save failed). */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty) return;
    this.inFlight = this.save().finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  dispose(): void {
    if (this.disposed) return;
    // The editor goes away: take its text now, send it after any save in flight.
    this.clearTimer();
    if (this.dirty) {
      const snapshot = this.options.read();
      const previous = this.inFlight ?? Promise.resolve();
      this.inFlight = previous.then(() => this.save(snapshot ?? undefined)).finally(() => {
        this.inFlight = null;
      });
    }
    this.disposed = true;
    open.delete(this as Autosaver<unknown>);
    window.removeEventListener('beforeunload', this.onLeave);
    window.removeEventListener('pagehide', this.onLeave);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private async save(taken?: T): Promise<void> {
    const snapshot = taken ?? this.options.read();
    if (snapshot === null) return;
    const covers = this.edits;
    this.dirty = false;
    this.setStatus('saving');
    try {
      await this.options.send(snapshot);
      // The kept copy is older than (or the same as) what the engine now has.
      if (this.options.localKey && this.keptAtEdit !== null && covers >= this.keptAtEdit) {
        clearLocalCopy(this.options.localKey);
        this.keptAtEdit = null;
      }
      if (!this.dirty) this.setStatus('saved');
    } catch (error) {
      this.dirty = true;
      if (this.status !== 'error') this.options.onError?.(error);
      this.setStatus('error');
      // A closed editor cannot retry: the next open of this text sends the kept copy.
      if (this.disposed) this.keepLocalCopy(snapshot);
      else this.schedule(this.options.retryMs ?? 4000);
    }
  }

  private keepLocalCopy(snapshot: T): void {
    const { localKey, keep } = this.options;
    if (!localKey) return;
    writeLocalCopy(localKey, keep ? keep(snapshot) : snapshot);
    this.keptAtEdit = this.edits;
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.options.onStatus?.(status);
  }

  /** Hidden, closing or reloading: the save below may not finish before the window goes, so keep a copy too. */
  private readonly onLeave = () => {
    if (!this.hasUnsavedChanges) return;
    const snapshot = this.options.read();
    if (snapshot !== null) this.keepLocalCopy(snapshot);
    void this.flush();
  };

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.onLeave();
  };
}
