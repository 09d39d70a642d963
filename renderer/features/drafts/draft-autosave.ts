import type { DraftSaveResult } from '../../../shared/model/draft';
import type { RichTextDoc } from '../../../shared/model/rich-text';
import { api } from '../../app/api-client';
import { Autosaver, clearLocalCopy as clearKept, readLocalCopy as readKept, type SaveStatus } from '../../app/autosave';

export type { SaveStatus };

export interface DraftSnapshot {
  title: string;
  content: RichTextDoc;
}

const LOCAL_PREFIX = 'casebook.unsavedDraft.';

/** What the window kept of a draft whose last edits it could not send before it closed. */
export interface LocalCopy extends DraftSnapshot {
  baseRevision: number;
  savedAt: string;
}

export function readLocalCopy(draftId: string): LocalCopy | null {
  return readKept<LocalCopy>(LOCAL_PREFIX + draftId);
}

export function clearLocalCopy(draftId: string): void {
  clearKept(LOCAL_PREFIX + draftId);
}

const open = new Set<DraftAutosaver>();

/** Sends every open draft's pending edits (before a quote or a restore changes a draft on the engine side). */
export async function flushOpenDrafts(): Promise<void> {
  await Promise.all([...open].map((saver) => saver.flush()));
}

/**
 * Autosave for one open draft (the shared Autosaver: debounced while typing, immediate on blur, when
 * the window is hidden and before it unloads). Each save is one engine transaction carrying the
 * revision it was based on. If the window closes while a save cannot finish, the edits are kept in
 * local storage and sent when the draft is next opened.
 */
export class DraftAutosaver {
  private readonly saver: Autosaver<DraftSnapshot>;
  lastSavedAt: string | null = null;

  constructor(
    readonly draftId: string,
    public revision: number,
    read: () => DraftSnapshot | null,
    onStatus: (status: SaveStatus) => void,
    onSaved: (result: DraftSaveResult, snapshot: DraftSnapshot) => void,
  ) {
    this.saver = new Autosaver<DraftSnapshot>({
      read,
      onStatus,
      localKey: LOCAL_PREFIX + draftId,
      keep: (snapshot): LocalCopy => ({ ...snapshot, baseRevision: this.revision, savedAt: new Date().toISOString() }),
      send: async (snapshot) => {
        const result = await api['drafts.save']({ id: this.draftId, title: snapshot.title, content: snapshot.content, baseRevision: this.revision });
        this.revision = result.revision;
        this.lastSavedAt = result.updatedAt;
        onSaved(result, snapshot);
      },
    }).start();
    open.add(this);
  }

  get status(): SaveStatus {
    return this.saver.status;
  }

  get hasUnsavedChanges(): boolean {
    return this.saver.hasUnsavedChanges;
  }

  markDirty(): void {
    this.saver.markDirty();
  }

  /** Saves now if anything changed; resolves when the engine has it. */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  /** The server's copy changed (a quote, a restore) and this window has nothing unsent: adopt its revision. */
  adopt(revision: number): void {
    this.revision = revision;
  }

  dispose(): void {
    this.saver.dispose();
    open.delete(this);
  }
}
