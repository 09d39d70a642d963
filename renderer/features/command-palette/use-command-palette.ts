import { useCallback, useEffect, useState } from 'react';
import { otherDialogOpen } from '../../components/other-dialog-open';

export interface CommandPaletteState {
  open: boolean;
  show(): void;
  close(): void;
}


/**
 * Ctrl+Shift+P (⌘⇧P) opens the command palette from anywhere, even a text field, and closes it.
 * Ctrl+K stays what it was: focus the search box (shown in its placeholder).
 */
export function useCommandPalette(): CommandPaletteState {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 'p') return;
      if (event.isComposing) return;
      event.preventDefault();
      // Not over another dialog.
      setOpen((current) => (current ? false : !otherDialogOpen('casebook-command-palette')));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  return { open, show, close };
}
