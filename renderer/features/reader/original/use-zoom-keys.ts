import { useEffect, useRef } from 'react';

export interface ZoomKeys {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  /** Ctrl+F: the viewer's own find box, when it has one. */
  find?: () => void;
}

/**
 * Ctrl + / Ctrl - / Ctrl 0 (and Ctrl+F) while the 原件 tab is shown: the viewer's zoom, not the
 * window's. Ctrl+F elsewhere stays the browser's own find.
 */
export function useZoomKeys(active: boolean, keys: ZoomKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const actions = latest.current;
      if (event.key === '=' || event.key === '+') actions.zoomIn();
      else if (event.key === '-' || event.key === '_') actions.zoomOut();
      else if (event.key === '0') actions.fit();
      else if (event.key.toLowerCase() === 'f' && actions.find) actions.find();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
