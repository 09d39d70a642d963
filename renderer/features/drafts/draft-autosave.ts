import type { DraftSaveResult } from '../../../shared/model/draft';
import type { RichTextDoc } from '../../../shared/model/rich-text';
import { api } from '../../app/api-client';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface DraftSnapshot {
  title: string;
  content: RichTextDoc;
}

/** Typing pauses this long before a save… */
const DEBOUNCE_MS = 700;
/** …but a long run of typing is saved at least this often. */
const MAX_WAIT_MS = 5000;
const RETRY_MS = 4000;

const LOCAL_PREFIX = 'casebook.unsavedDraft.';

/** What the window kept of a draft whose last edits it could not send before it closed. */
export interface LocalCopy extends DraftSnapshot {
  baseRevision: number;
  savedAt: string;
}

export function readLocalCopy(draftId: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(LOCAL_PREFIX + draftId);
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function clearLocalCopy(draftId: string): void {
  try {
    window.localStorage.removeItem(LOCAL_PREFIX + draftId);
  } catch {
    // storage unavailable: nothing was kept
  }
}

const open = new Set<DraftAutosaver>();

/** Sends every open draft's pending edits (before a quote or a restore changes a draft on the engine side). */
export async function flushOpenDrafts(): Promise<void> {
  await Promise.all([...open].map((saver) => saver.flush()));
}

/**
 * Autosave for one open draft: a debounced save while typing, an immediate one on blur, when the
 * window is hidden and before it unloads. Each save is one engine transaction. If the window closes
 * while a save cannot finish, the edits are kept in local storage and sent when the draft is next opened.
 */
export class DraftAutosaver {
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstDirtyAt = 0;
  private disposed = false;
  status: SaveStatus = 'saved';
  lastSavedAt: string | null = null;

  constructor(
    readonly draftId: string,
    public revision: number,
    private readonly read: () => DraftSnapshot | null,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly onSaved: (result: DraftSaveResult, snapshot: DraftSnapshot) => void,
  ) {
    open.add(this);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  markDirty(): void {
    if (!this.dirty) this.firstDirtyAt = Date.now();
    this.dirty = true;
    this.setStatus('pending');
    this.schedule(Math.min(DEBOUNCE_MS, Math.max(0, this.firstDirtyAt + MAX_WAIT_MS - Date.now())));
  }

  /** Saves now if anything changed; resolves when the engine has it. */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty) return;
    this.inFlight = this.save().finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  /** The server's copy changed (a quote, a restore) and this window has nothing unsent: adopt its revision. */
  adopt(revision: number): void {
    this.revision = revision;
  }

  dispose(): void {
    // The editor goes away with the panel: take its text now, send it after any save in flight.
    this.clearTimer();
    if (this.dirty) {
      const snapshot = this.read();
      const previous = this.inFlight ?? Promise.resolve();
      this.inFlight = previous.then(() => this.save(snapshot ?? undefined)).finally(() => {
        this.inFlight = null;
      });
    }
    this.disposed = true;
    open.delete(this);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private async save(taken?: DraftSnapshot): Promise<void> {
    const snapshot = taken ?? this.read();
    if (!snapshot) return;
    this.dirty = false;
    this.setStatus('saving');
    try {
      const result = await api['drafts.save']({ id: this.draftId, title: snapshot.title, content: snapshot.content, baseRevision: this.revision });
      this.revision = result.revision;
      this.lastSavedAt = result.updatedAt;
      clearLocalCopy(this.draftId);
      if (!this.dirty) this.setStatus('saved');
      this.onSaved(result, snapshot);
    } catch {
      this.dirty = true;
      this.setStatus('error');
      // A closed panel cannot retry: the next open of this draft sends the kept copy.
      if (this.disposed) this.keepLocalCopy(snapshot);
      else this.schedule(RETRY_MS);
    }
  }

  private keepLocalCopy(snapshot: DraftSnapshot): void {
    try {
      const copy: LocalCopy = { ...snapshot, baseRevision: this.revision, savedAt: new Date().toISOString() };
      window.localStorage.setItem(LOCAL_PREFIX + this.draftId, JSON.stringify(copy));
    } catch {
      // Too big for local storage (many images): the save is the only chance.
    }
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
    this.onStatus(status);
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  private readonly onBeforeUnload = () => {
    if (!this.hasUnsavedChanges) return;
    // The save below may not finish before the window goes; keep a local copy that the next open sends.
    const snapshot = this.read();
    if (snapshot) this.keepLocalCopy(snapshot);
    void this.flush();
  };
}
