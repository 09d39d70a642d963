import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import type { CollectionSummary } from '../../../shared/model/collection';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { useTrashWithUndo } from '../trash/use-trash-with-undo';
import { MoveToFolderDialog, NameDialog } from './collection-dialogs';
import { useCacheCollection, useCollectionList } from './collection-queries';

type Dialog = { kind: 'create'; folderId: string | null } | { kind: 'rename' | 'move'; collection: CollectionSummary } | null;

/**
 * Actions on whole collections, shared by the sidebar and the collection page: 新建, 重命名, 复制,
 * 移到文件夹, 删除 (to the 回收站, with 撤销). `dialogs` must be rendered by the caller.
 */
export function useCollectionActions() {
  const { message } = App.useApp();
  const navigation = useNavigation();
  const cache = useCacheCollection();
  const list = useCollectionList();
  const trash = useTrashWithUndo('collections');
  const [dialog, setDialog] = useState<Dialog>(null);

  const duplicate = async (collection: CollectionSummary) => {
    try {
      const copy = await api['collections.duplicate']({ id: collection.id });
      cache(copy);
      void message.success(`已复制为“${copy.name}”`);
      navigation.showCollections(copy.id);
    } catch (cause) {
      void message.error(errorMessage(cause));
    }
  };

  let dialogs: ReactNode = null;
  if (dialog?.kind === 'create') {
    dialogs = (
      <NameDialog
        title="新建专辑"
        label="专辑名称"
        okText="新建"
        placeholder="例如：2025年度红色工地十大典型案例（候选）"
        onClose={() => setDialog(null)}
        onSubmit={async (name) => {
          const created = await api['collections.create']({ name, folderId: dialog.folderId });
          cache(created);
          navigation.showCollections(created.id);
        }}
      />
    );
  } else if (dialog?.kind === 'rename') {
    dialogs = (
      <NameDialog
        title="重命名专辑"
        label="专辑名称"
        initial={dialog.collection.name}
        onClose={() => setDialog(null)}
        onSubmit={async (name) => cache(await api['collections.update']({ id: dialog.collection.id, set: { name } }))}
      />
    );
  } else if (dialog?.kind === 'move') {
    dialogs = (
      <MoveToFolderDialog
        title={`把“${dialog.collection.name}”移到文件夹`}
        list={list.data}
        current={dialog.collection.folderId}
        onClose={() => setDialog(null)}
        onSubmit={async (folderId) => cache(await api['collections.update']({ id: dialog.collection.id, set: { folderId } }))}
      />
    );
  }

  return {
    create: (folderId: string | null = null) => setDialog({ kind: 'create', folderId }),
    rename: (collection: CollectionSummary) => setDialog({ kind: 'rename', collection }),
    move: (collection: CollectionSummary) => setDialog({ kind: 'move', collection }),
    duplicate: (collection: CollectionSummary) => void duplicate(collection),
    trash: (collection: CollectionSummary) =>
      void trash({
        ids: [collection.id],
        trashed: `已把专辑“${collection.name}”移入回收站`,
        restored: '已撤销删除',
        onTrashed: () => {
          if (navigation.view.name === 'collections' && navigation.view.collectionId === collection.id) navigation.showCollections(null);
        },
      }),
    dialogs,
  };
}
