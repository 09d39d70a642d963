import { useCallback, useEffect, useState } from 'react';

export interface CommandPaletteState {
  open: boolean;
  show(): void;
  close(): void;
}

/** Another dialog is on screen: the palette does not open over it. */
function otherDialogOpen(): boolean {
  return document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal:not(.casebook-command-palette)') !== null;
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
      setOpen((current) => (current ? false : !otherDialogOpen()));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  return { open, show, close };
}
