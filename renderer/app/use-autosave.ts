import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Autosaver, clearLocalCopy, readLocalCopy, type SaveStatus } from './autosave';

export interface UseAutosaveOptions<T> {
  /** Local-storage key of this one text (a field, an item's commentary): unsent edits are kept under it. */
  localKey: string;
  /** The engine's value when this mounts; a kept copy that differs from it is shown and sent again. */
  stored: T;
  /** The current text; null while nothing was typed here (then a recovered copy is the text). */
  read: () => T | null;
  /** Sends one snapshot to the engine; throws when it did not get there. */
  send: (value: T) => Promise<void>;
  /** The first failure after a good save (retries follow on their own). */
  onError?: (error: unknown) => void;
  debounceMs?: number;
}

export interface Autosave<T> {
  status: SaveStatus;
  /** When this window last saved this text (null: not yet). */
  savedAt: string | null;
  /** What a window closed before it could send (shown instead of `stored`, and sent on mount). */
  recovered: T | null;
  markDirty: () => void;
  flush: () => Promise<void>;
  hasUnsavedChanges: () => boolean;
}

interface KeptCopy<T> {
  value: T;
  savedAt: string;
}

/** The shared Autosaver for one text in a component: debounced, flushed on blur/hide/close, kept locally. */
export function useAutosave<T>(options: UseAutosaveOptions<T>): Autosave<T> {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [recovered] = useState<T | null>(() => {
    const copy = readLocalCopy<KeptCopy<T>>(options.localKey);
    return copy && 'value' in copy && JSON.stringify(copy.value) !== JSON.stringify(options.stored) ? copy.value : null;
  });
  const saverRef = useRef<Autosaver<T> | null>(null);
  const replayed = useRef(false);

  useEffect(() => {
    const saver = new Autosaver<T>({
      localKey: latest.current.localKey,
      debounceMs: latest.current.debounceMs,
      read: () => latest.current.read() ?? recovered,
      send: (value) => latest.current.send(value),
      onError: (error) => latest.current.onError?.(error),
      keep: (value): KeptCopy<T> => ({ value, savedAt: new Date().toISOString() }),
      onStatus: (next) => {
        setStatus(next);
        if (next === 'saved') setSavedAt(new Date().toISOString());
      },
    }).start();
    saverRef.current = saver;
    if (!replayed.current) {
      replayed.current = true;
      // Send what a closed window kept; a copy the engine already has is dropped.
      if (recovered !== null) saver.markDirty();
      else clearLocalCopy(latest.current.localKey);
    }
    return () => {
      saver.dispose();
      saverRef.current = null;
    };
  }, [recovered]);

  const markDirty = useCallback(() => saverRef.current?.markDirty(), []);
  const flush = useCallback(async () => {
    await saverRef.current?.flush();
  }, []);
  const hasUnsavedChanges = useCallback(() => saverRef.current?.hasUnsavedChanges ?? false, []);
  return { status, savedAt, recovered, markDirty, flush, hasUnsavedChanges };
}
