import { CloseOutlined, ColumnWidthOutlined, ExpandOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Tooltip } from 'antd';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useNavigation } from '../../app/navigation';
import './reader-frame.css';

/**
 * Where the reader opens: a drawer over the list (always on a narrow window), or on a wide window,
 * if the user chose it, a pane beside the list (list | reader), as in Zotero and mail clients.
 * The choice is kept in localStorage, so it survives reloads and restarts.
 */

export type ReaderLayout = 'drawer' | 'pane';

/** From this window width the list and the reader fit side by side. */
export const WIDE_WINDOW_PX = 1200;
const STORAGE_KEY = 'casebook.readerLayout';
const SLOT_ID = 'casebook-reader-pane-slot';
const listeners = new Set<() => void>();

function readPreference(): ReaderLayout {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'pane' ? 'pane' : 'drawer';
  } catch {
    return 'drawer';
  }
}

function setPreference(layout: ReaderLayout): void {
  try {
    localStorage.setItem(STORAGE_KEY, layout);
  } catch {
    // Storage refused (private mode): the choice lasts for this session only.
  }
  current = layout;
  for (const listener of listeners) listener();
}

let current: ReaderLayout | null = null;
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const preference = () => (current ??= readPreference());

function useWideWindow(): boolean {
  const query = `(min-width: ${WIDE_WINDOW_PX}px)`;
  const [wide, setWide] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = () => setWide(media.matches);
    media.addEventListener('change', onChange);
    onChange();
    return () => media.removeEventListener('change', onChange);
  }, [query]);
  return wide;
}

/** The layout in effect: the pane only when chosen and the window is wide enough. */
export function useReaderLayout(): { layout: ReaderLayout; wide: boolean; choose: (layout: ReaderLayout) => void } {
  const chosen = useSyncExternalStore(subscribe, preference);
  const wide = useWideWindow();
  return { layout: wide && chosen === 'pane' ? 'pane' : 'drawer', wide, choose: setPreference };
}

/** Whether a document is open in the pane beside the list (the list then shows fewer columns). */
export function useReaderBeside(): { beside: boolean; openId: string | null } {
  const { layout } = useReaderLayout();
  const openId = useNavigation().reader?.id ?? null;
  return { beside: layout === 'pane' && openId !== null, openId };
}

/** Beside the list in the shell: holds the reader when it opens as a pane, takes no room otherwise. */
export function ReaderPaneSlot() {
  return <div id={SLOT_ID} className="casebook-reader-pane-slot" />;
}

function LayoutSwitch({ layout, choose }: { layout: ReaderLayout; choose: (layout: ReaderLayout) => void }) {
  const next: ReaderLayout = layout === 'pane' ? 'drawer' : 'pane';
  const label = next === 'pane' ? '并排显示：列表在左，阅读在右' : '浮层显示：阅读盖在列表上';
  return (
    <Tooltip title={label} placement="bottomRight">
      <Button icon={next === 'pane' ? <ColumnWidthOutlined /> : <ExpandOutlined />} onClick={() => choose(next)}>
        {next === 'pane' ? '并排显示' : '浮层显示'}
      </Button>
    </Tooltip>
  );
}

/** The reader's frame, drawer or pane, with its title, its buttons and the switch between the two. */
export function ReaderFrame({ open, onClose, title, extra, label, children }: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  extra: ReactNode;
  label: string;
  children: ReactNode;
}) {
  const { layout, wide, choose } = useReaderLayout();
  // The shell rendered the slot long before a document opens.
  const slot = layout === 'pane' && open ? document.getElementById(SLOT_ID) : null;
  const tools = (
    <Flex gap={8} wrap justify="flex-end">
      {extra}
      {wide && <LayoutSwitch layout={layout} choose={choose} />}
    </Flex>
  );

  if (layout === 'pane') {
    if (!open || !slot) return null;
    return createPortal(
      <section className="casebook-reader-pane" role="region" aria-label={label}>
        <header className="casebook-reader-pane-header">
          <Flex justify="space-between" align="flex-start" gap={8}>
            <div style={{ minWidth: 0, flex: 1 }}>{title}</div>
            <Button type="text" icon={<CloseOutlined />} aria-label="关闭阅读" onClick={onClose} />
          </Flex>
          <div className="casebook-reader-pane-tools">{tools}</div>
        </header>
        <div className="casebook-reader-pane-body">{children}</div>
      </section>,
      slot,
    );
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="min(1180px, 96vw)"
      title={title}
      extra={tools}
      destroyOnHidden
      styles={{ body: { background: '#fbfaf8', paddingTop: 16 }, header: { alignItems: 'flex-start' } }}
      aria-label={label}
    >
      {children}
    </Drawer>
  );
}
