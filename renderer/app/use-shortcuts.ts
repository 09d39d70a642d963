import type { InputRef } from 'antd';
import { useEffect, type RefObject } from 'react';
import { isTypingTarget } from '../components/is-typing-target';
import { otherDialogOpen } from '../components/other-dialog-open';
import type { Navigation } from './navigation';

/**
 * Window-wide keys: Ctrl/Cmd+K or / focuses the search box, Ctrl/Cmd+O opens 导入 (not Ctrl+I, which
 * is 倾斜 in the editors), ? or F1 lists the shortcuts, Esc closes the reader (dialogs close themselves
 * first). Delete is handled by the list that owns the selection.
 */
export function useShortcuts(searchInput: RefObject<InputRef | null>, navigation: Navigation, showShortcuts: () => void): void {
  const { openImport, closeReader, reader } = navigation;
  const readerOpen = reader !== null;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if ((mod && key === 'k') || (event.key === '/' && !mod && !isTypingTarget(event.target))) {
        event.preventDefault();
        if (readerOpen) closeReader();
        searchInput.current?.focus({ cursor: 'all' });
        return;
      }
      if ((event.key === 'F1' || (event.key === '?' && !mod && !isTypingTarget(event.target))) && !otherDialogOpen()) {
        event.preventDefault();
        showShortcuts();
        return;
      }
      if (mod && !event.shiftKey && !event.altKey && key === 'o') {
        event.preventDefault();
        openImport();
        return;
      }
      if (event.key === 'Escape' && readerOpen && !event.defaultPrevented) {
        // A modal, popconfirm or dropdown on top of the reader takes Esc for itself.
        const target = event.target instanceof HTMLElement ? event.target : null;
        if (target?.closest('.ant-modal, .ant-popover, .ant-select-dropdown, .ant-dropdown')) return;
        if (document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) return;
        closeReader();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [searchInput, openImport, closeReader, readerOpen, showShortcuts]);
}
