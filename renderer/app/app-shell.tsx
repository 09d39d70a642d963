import { FolderOutlined, ImportOutlined } from '@ant-design/icons';
import { Button, Layout, Tooltip, Typography, type InputRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryInfo } from '../../shared/model/library';
import { DropOverlay } from '../components/drop-overlay';
import { MOD } from '../components/mod-key';
import { CommandPalette } from '../features/command-palette/command-palette';
import { useCommandPalette } from '../features/command-palette/use-command-palette';
import { CollectionsView } from '../features/collections/collections-view';
import { DraftsView } from '../features/drafts/drafts-view';
import { DuplicatesView } from '../features/duplicates/duplicates-view';
import { HelpMenu } from '../features/help/help-menu';
import { ImportDialog } from '../features/import/import-dialog';
import { fromDrop } from '../features/import/picked-files';
import { LibraryView } from '../features/library/library-view';
import { ReaderDrawer } from '../features/reader/reader-drawer';
import { ReaderPaneSlot } from '../features/reader/reader-frame';
import { IndexStatusBar } from '../features/search/index-status-bar';
import { SearchBox } from '../features/search/search-box';
import { SearchResults } from '../features/search/search-results';
import { SelectionView } from '../features/selection/selection-view';
import { ShortcutsDialog } from '../features/shortcuts/shortcuts-dialog';
import { TrashView } from '../features/trash/trash-view';
import { useNavigation } from './navigation';
import { Sidebar } from './sidebar';
import { useShortcuts } from './use-shortcuts';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Files dragged from the desktop onto any part of the window open the import dialog with them. */
function useWindowDrop(onFiles: (files: Awaited<ReturnType<typeof fromDrop>>) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      void fromDrop(event.dataTransfer).then((files) => {
        if (files.length > 0) onFiles(files);
      });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFiles]);
  return dragging;
}

/** The window: sidebar, top bar (search, 导入, library path), the current view, reader, import dialog and 命令面板. */
export function AppShell({ info }: { info: LibraryInfo }) {
  const navigation = useNavigation();
  const searchInput = useRef<InputRef>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  useShortcuts(searchInput, navigation, showShortcuts);
  const palette = useCommandPalette();
  const dragging = useWindowDrop(navigation.openImport);
  const { view } = navigation;

  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider width={248} theme="light" style={{ borderInlineEnd: '1px solid #ece8e1', overflow: 'hidden' }}>
        <Sidebar info={info} />
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, borderBottom: '1px solid #ece8e1', lineHeight: 'normal' }}>
          <div style={{ flex: 1, minWidth: 0 }} role="search">
            <SearchBox inputRef={searchInput} />
          </div>
          <Tooltip title={`导入文件（${MOD}+O）`}>
            <Button type="primary" icon={<ImportOutlined />} onClick={() => navigation.openImport()}>
              导入
            </Button>
          </Tooltip>
          <HelpMenu onShortcuts={showShortcuts} onPalette={palette.show} />
          <Tooltip title={`资料库位置：${info.path}`} placement="bottomRight">
            <Typography.Text type="secondary" className="casebook-library-path" aria-label={`资料库位置：${info.path}`}>
              <FolderOutlined /> {info.path}
            </Typography.Text>
          </Tooltip>
        </Layout.Header>
        <IndexStatusBar />
        <div className="casebook-main-row">
          <Layout.Content style={{ overflow: 'auto', padding: '20px 24px' }}>
            {view.name === 'library' && <LibraryView kind={view.kind} tag={view.tag} />}
            {view.name === 'search' && <SearchResults key={view.sort ?? 'relevance'} query={view.query} initialSort={view.sort} />}
            {view.name === 'trash' && <TrashView />}
            {view.name === 'duplicates' && <DuplicatesView />}
            {view.name === 'drafts' && <DraftsView draftId={view.draftId} />}
            {view.name === 'collections' && <CollectionsView collectionId={view.collectionId} />}
            {view.name === 'selection' && <SelectionView roundId={view.roundId} workspaceId={view.workspaceId ?? null} />}
          </Layout.Content>
          <ReaderPaneSlot />
        </div>
      </Layout>
      <ReaderDrawer />
      <ImportDialog open={navigation.importOpen} droppedFiles={navigation.pendingImportFiles} dropSeq={navigation.importSeq} />
      <CommandPalette open={palette.open} onClose={palette.close} libraryIsEmpty={info.documentCount + info.trashCount === 0} />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      {dragging && <DropOverlay label="松开鼠标，导入这些文件" />}
    </Layout>
  );
}
