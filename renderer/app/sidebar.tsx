import { AppstoreOutlined, DeleteOutlined } from '@ant-design/icons';
import { Badge, Menu, type MenuProps } from 'antd';
import { DOCUMENT_KINDS, KIND_LABELS, type DocumentKind } from '../../shared/model/document';
import type { LibraryInfo } from '../../shared/model/library';
import { KIND_COLORS } from '../components/kind-tag';
import { SectionTitle } from '../components/section-title';
import { CollectionsMenu } from '../features/collections/collections-menu';
import { DraftsMenu } from '../features/drafts/drafts-menu';
import { DuplicatesMenu } from '../features/duplicates/duplicates-menu';
import { BackupMenu } from '../features/exchange/backup-dialog';
import { LibraryCheckMenu } from '../features/exchange/library-check-dialog';
import { SavedSearchesMenu } from '../features/search/saved-searches-menu';
import { SelectionMenu } from '../features/selection/selection-menu';
import { TagTree } from '../features/tags/tag-tree';
import { useNavigation } from './navigation';

function Count({ value }: { value: number | undefined }) {
  return (
    <span style={{ float: 'right', color: '#8c8780', fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
      {value === undefined ? '' : value}
    </span>
  );
}

const KIND_DOT_COLORS: Record<string, string> = { red: '#c0392b', gold: '#c99a1a', green: '#3d8b4f', blue: '#3f6f9f' };

/** 资料库 (counts per kind), the tag tree, 查重…; 回收站 and 备份与恢复 pinned below the part that scrolls. */
export function Sidebar({ info }: { info: LibraryInfo }) {
  const navigation = useNavigation();
  const { view } = navigation;

  const selectedKey =
    view.name === 'trash' ? 'trash' : view.name === 'library' && view.tag === null ? `kind:${view.kind ?? 'all'}` : '';

  const libraryItems: MenuProps['items'] = [
    {
      key: 'kind:all',
      icon: <AppstoreOutlined />,
      label: (
        <>
          全部 <Count value={info.documentCount} />
        </>
      ),
    },
    ...DOCUMENT_KINDS.map((kind: DocumentKind) => ({
      key: `kind:${kind}`,
      icon: <Badge color={KIND_DOT_COLORS[KIND_COLORS[kind]]} />,
      label: (
        <>
          {KIND_LABELS[kind]} <Count value={info.kindCounts[kind]} />
        </>
      ),
    })),
  ];

  const onLibraryClick: MenuProps['onClick'] = ({ key }) => {
    const kind = key.slice('kind:'.length);
    navigation.showLibrary({ kind: kind === 'all' ? null : (kind as DocumentKind) });
  };

  return (
    <nav aria-label="导航" style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div style={{ padding: '16px 20px 4px', display: 'flex', alignItems: 'baseline', gap: 8 }}>
        <span style={{ fontSize: 20, fontWeight: 700, color: '#9f1f25', letterSpacing: 2 }}>案例库</span>
        <span style={{ fontSize: 12, color: '#a09a92' }}>Casebook</span>
      </div>
      <div style={{ flex: 1, overflowY: 'auto', paddingBottom: 12 }}>
        <SectionTitle>资料库</SectionTitle>
        <Menu
          mode="inline"
          aria-label="资料库"
          selectedKeys={[selectedKey]}
          items={libraryItems}
          onClick={onLibraryClick}
          style={{ borderInlineEnd: 'none' }}
        />
        <SavedSearchesMenu />
        <TagTree />
        <CollectionsMenu />
        <DuplicatesMenu selected={view.name === 'duplicates'} />
        <DraftsMenu selected={view.name === 'drafts'} />
        <SelectionMenu selected={view.name === 'selection'} />
      </div>
      {/* Always in sight, however long the tag tree and the collections grow (a 900 px high window). */}
      <div style={{ borderTop: '1px solid #ece8e1', paddingBlock: 4 }}>
        <Menu
          mode="inline"
          aria-label="回收站"
          selectedKeys={[selectedKey]}
          style={{ borderInlineEnd: 'none' }}
          onClick={() => navigation.showTrash()}
          items={[
            {
              key: 'trash',
              icon: <DeleteOutlined />,
              label: (
                <>
                  回收站 <Count value={info.trashCount} />
                </>
              ),
            },
          ]}
        />
        <BackupMenu libraryIsEmpty={info.documentCount + info.trashCount === 0} />
        <LibraryCheckMenu />
      </div>
    </nav>
  );
}
