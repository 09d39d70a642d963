import type { CollectionSummary } from '../../../shared/model/collection';
import { useNavigation } from '../../app/navigation';
import { TrashSection } from '../trash/trash-section';
import { useCollectionList } from './collection-queries';

/** 专辑 in the 回收站: restore, or delete for good after a confirmation (the documents stay). */
export function CollectionTrash() {
  const navigation = useNavigation();
  const list = useCollectionList(true);
  return (
    <TrashSection<CollectionSummary>
      kind="collections"
      items={list.data?.collections ?? []}
      columns={[
        { title: '专辑', dataIndex: 'name', ellipsis: { showTitle: true } },
        { title: '条目', dataIndex: 'itemCount', width: 100 },
      ]}
      nameOf={(collection) => collection.name}
      purgeWarning="专辑的分节、顺序和点评都会删除，无法恢复；专辑里的资料仍保留在资料库中。"
      openRestored={(collection) => navigation.showCollections(collection.id)}
    />
  );
}
