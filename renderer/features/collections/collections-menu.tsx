import { BookOutlined, FolderOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Tooltip, Tree, Typography, type MenuProps, type TreeDataNode } from 'antd';
import { useState, type DragEvent } from 'react';
import type { CollectionFolder, CollectionList, CollectionSummary } from '../../../shared/model/collection';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { SectionTitle } from '../../components/section-title';
import { useCollectionActions } from './collection-actions';
import { MoveToFolderDialog, NameDialog } from './collection-dialogs';
import { draggedDocumentIds, isDocumentDrag, useCacheCollection, useCollectionList } from './collection-queries';
import './collections.css';

type FolderDialog = { kind: 'create'; parentId: string | null } | { kind: 'rename' | 'move'; folder: CollectionFolder } | null;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-Hans-CN', { numeric: true });

function countIn(list: CollectionList, folderId: string): number {
  const direct = list.collections.filter((item) => item.folderId === folderId).length;
  return direct + list.folders.filter((folder) => folder.parentId === folderId).reduce((sum, folder) => sum + countIn(list, folder.id), 0);
}

/** A sidebar collection that documents can be dropped on (from the library list or search results). */
function CollectionDropTarget({ collection }: { collection: CollectionSummary }) {
  const { message } = App.useApp();
  const cache = useCacheCollection();
  const [over, setOver] = useState(false);
  const onDrop = async (event: DragEvent<HTMLElement>) => {
    const ids = draggedDocumentIds(event);
    setOver(false);
    if (ids === null) return;
    event.preventDefault();
    event.stopPropagation();
    if (ids.length === 0) return;
    try {
      const result = await api['collections.addItems']({ collectionId: collection.id, items: ids.map((documentId) => ({ kind: 'document', documentId })) });
      cache(result.collection);
      void message.success(
        result.added.length > 0
          ? `已加入专辑“${collection.name}”（${result.added.length} 份${result.skipped ? `，${result.skipped} 份已在其中` : ''}）`
          : `这些资料已在专辑“${collection.name}”中`,
      );
    } catch (cause) {
      void message.error(errorMessage(cause));
    }
  };
  return (
    <span
      className={`casebook-collection-node${over ? ' casebook-collection-drop' : ''}`}
      data-collection-id={collection.id}
      title={`${collection.name}（${collection.itemCount} 条）— 可把资料拖到这里加入；右键：重命名、复制、移到文件夹、删除`}
      onDragOver={(event) => {
        if (!isDocumentDrag(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => void onDrop(event)}
    >
      <span className="casebook-collection-node-name">{collection.name}</span>
      <span className="casebook-collection-count">{collection.itemCount}</span>
    </span>
  );
}

/** The sidebar's 专辑: folders that nest, collections with their item counts, drop targets. */
export function CollectionsMenu() {
  const { modal, message } = App.useApp();
  const navigation = useNavigation();
  const list = useCollectionList();
  const actions = useCollectionActions();
  const [folderDialog, setFolderDialog] = useState<FolderDialog>(null);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const data = list.data;
  const selected = navigation.view.name === 'collections' && navigation.view.collectionId ? [`collection:${navigation.view.collectionId}`] : [];

  const collectionMenu = (collection: CollectionSummary): MenuProps['items'] => [
    { key: 'open', label: '打开', onClick: () => navigation.showCollections(collection.id) },
    { key: 'rename', label: '重命名…', onClick: () => actions.rename(collection) },
    { key: 'duplicate', label: '复制', onClick: () => actions.duplicate(collection) },
    { key: 'move', label: '移到文件夹…', onClick: () => actions.move(collection) },
    { type: 'divider' },
    { key: 'trash', danger: true, label: '删除（移入回收站）', onClick: () => actions.trash(collection) },
  ];
  const folderMenu = (folder: CollectionFolder): MenuProps['items'] => [
    { key: 'new', label: '在此新建专辑…', onClick: () => actions.create(folder.id) },
    { key: 'sub', label: '新建子文件夹…', onClick: () => setFolderDialog({ kind: 'create', parentId: folder.id }) },
    { key: 'rename', label: '重命名…', onClick: () => setFolderDialog({ kind: 'rename', folder }) },
    { key: 'move', label: '移到文件夹…', onClick: () => setFolderDialog({ kind: 'move', folder }) },
    { type: 'divider' },
    {
      key: 'delete',
      danger: true,
      label: '删除文件夹…',
      onClick: () =>
        modal.confirm({
          title: `删除文件夹“${folder.name}”？`,
          content: '文件夹里的专辑和子文件夹会移到上一级，不会被删除。',
          okText: '删除文件夹',
          okButtonProps: { danger: true },
          cancelText: '取消',
          onOk: async () => {
            await api['collectionFolders.delete']({ id: folder.id });
            await list.refetch();
            void message.success(`已删除文件夹“${folder.name}”`);
          },
        }),
    },
  ];

  const build = (parentId: string | null): TreeDataNode[] => {
    if (!data) return [];
    const folders = data.folders.filter((folder) => folder.parentId === parentId).sort(byName);
    const collections = data.collections.filter((item) => item.folderId === parentId || (parentId === null && item.folderId !== null && !data.folders.some((f) => f.id === item.folderId)));
    return [
      ...folders.map((folder) => ({
        key: `folder:${folder.id}`,
        icon: <FolderOutlined />,
        title: (
          <Dropdown trigger={['contextMenu']} menu={{ items: folderMenu(folder) }}>
            <span className="casebook-collection-node" title="右键：在此新建专辑、新建子文件夹、重命名、移动或删除文件夹；也可把专辑拖进来">
              <span className="casebook-collection-node-name">{folder.name}</span>
              <span className="casebook-collection-count">{countIn(data, folder.id)}</span>
            </span>
          </Dropdown>
        ),
        children: build(folder.id),
      })),
      ...collections.map((collection) => ({
        key: `collection:${collection.id}`,
        icon: <BookOutlined />,
        isLeaf: true,
        title: (
          <Dropdown trigger={['contextMenu']} menu={{ items: collectionMenu(collection) }}>
            <CollectionDropTarget collection={collection} />
          </Dropdown>
        ),
      })),
    ];
  };

  const treeData = build(null);
  const allFolderKeys = (data?.folders ?? []).map((folder) => `folder:${folder.id}`);
  const empty = data !== undefined && data.collections.length === 0 && data.folders.length === 0;

  const onTreeDrop = async (info: { node: { key: React.Key }; dragNode: { key: React.Key }; dropToGap: boolean }) => {
    const target = String(info.node.key);
    const dragged = String(info.dragNode.key);
    const targetFolder = target.startsWith('folder:') && !info.dropToGap ? target.slice(7) : (data?.folders.find((f) => `folder:${f.id}` === target)?.parentId ?? data?.collections.find((c) => `collection:${c.id}` === target)?.folderId ?? null);
    try {
      if (dragged.startsWith('collection:')) await api['collections.update']({ id: dragged.slice(11), set: { folderId: targetFolder } });
      else await api['collectionFolders.update']({ id: dragged.slice(7), parentId: targetFolder });
      await list.refetch();
    } catch (cause) {
      void message.error(errorMessage(cause));
    }
  };

  return (
    <div className="casebook-collections-menu" aria-label="专辑" role="region">
      <SectionTitle
        extra={
          <Dropdown
            menu={{
              items: [
                { key: 'collection', label: '新建专辑…', onClick: () => actions.create(null) },
                { key: 'folder', label: '新建文件夹…', onClick: () => setFolderDialog({ kind: 'create', parentId: null }) },
              ],
            }}
          >
            <Tooltip title="新建专辑或文件夹">
              <Button type="text" size="small" aria-label="新建专辑或文件夹" icon={<PlusOutlined />} />
            </Tooltip>
          </Dropdown>
        }
      >
        <a className="casebook-collections-title" onClick={() => navigation.showCollections(null)}>
          专辑
        </a>
      </SectionTitle>
      {empty ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, padding: '0 20px', margin: 0 }}>
          还没有专辑。点 + 新建，或在资料列表中选中资料后点“加入专辑”。
        </Typography.Paragraph>
      ) : (
        <Tree
          blockNode
          showIcon
          draggable={{ icon: false }}
          treeData={treeData}
          selectedKeys={selected}
          expandedKeys={expanded ?? allFolderKeys}
          onExpand={(keys) => setExpanded(keys.map(String))}
          allowDrop={({ dropNode, dropPosition }) => dropPosition !== 0 || String(dropNode.key).startsWith('folder:')}
          onDrop={(info) => void onTreeDrop(info)}
          onSelect={(keys, info) => {
            const key = String(info.node.key);
            if (key.startsWith('collection:')) navigation.showCollections(key.slice(11));
          }}
          className="casebook-collections-tree"
        />
      )}
      {actions.dialogs}
      {folderDialog?.kind === 'create' && (
        <NameDialog
          title={folderDialog.parentId ? '新建子文件夹' : '新建文件夹'}
          label="文件夹名称"
          okText="新建"
          maxLength={100}
          placeholder="例如：培训课程"
          onClose={() => setFolderDialog(null)}
          onSubmit={async (name) => {
            await api['collectionFolders.create']({ name, parentId: folderDialog.parentId });
            await list.refetch();
          }}
        />
      )}
      {folderDialog?.kind === 'rename' && (
        <NameDialog
          title="重命名文件夹"
          label="文件夹名称"
          maxLength={100}
          initial={folderDialog.folder.name}
          onClose={() => setFolderDialog(null)}
          onSubmit={async (name) => {
            await api['collectionFolders.update']({ id: folderDialog.folder.id, name });
            await list.refetch();
          }}
        />
      )}
      {folderDialog?.kind === 'move' && (
        <MoveToFolderDialog
          title={`把文件夹“${folderDialog.folder.name}”移到`}
          list={data}
          current={folderDialog.folder.parentId}
          exclude={folderDialog.folder.id}
          onClose={() => setFolderDialog(null)}
          onSubmit={async (parentId) => {
            await api['collectionFolders.update']({ id: folderDialog.folder.id, parentId });
            await list.refetch();
          }}
        />
      )}
    </div>
  );
}
