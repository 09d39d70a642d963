import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from './api-client';
import { refreshAfterChange } from './queries';

const POLL_MS = 2500;

/**
 * Shows what another window, the browser mode or the command line changed in the library: the
 * window asks the engine every few seconds (only while it is visible, and at once when it comes
 * back) whether anything was written, and refetches what is on screen if so. Refetched data that
 * did not change renders nothing new, and editors keep what is being typed (they take newer text
 * only while idle).
 */
export function useLiveRefresh(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let seen: string | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let checking = false;

    const check = async () => {
      if (checking || document.visibilityState !== 'visible') return;
      checking = true;
      try {
        const { stamp } = await api['library.changes']({});
        if (seen !== null && stamp !== seen) void refreshAfterChange(queryClient);
        seen = stamp;
      } catch {
        // A library that cannot be read shows its error on the next refetch; polling just goes on.
      } finally {
        checking = false;
      }
    };
    const loop = async () => {
      await check();
      if (!stopped) timer = setTimeout(() => void loop(), POLL_MS);
    };
    const onReturn = () => void check();

    void loop();
    document.addEventListener('visibilitychange', onReturn);
    window.addEventListener('focus', onReturn);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onReturn);
      window.removeEventListener('focus', onReturn);
    };
  }, [queryClient]);
}
