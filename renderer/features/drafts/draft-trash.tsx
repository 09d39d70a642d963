import { useQuery } from '@tanstack/react-query';
import type { DraftSummary } from '../../../shared/model/draft';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { TrashSection } from '../trash/trash-section';
import { draftKeys } from './draft-queries';

/** Drafts in the 回收站: restore, or delete for good (with their versions) after a confirmation. */
export function DraftTrash() {
  const navigation = useNavigation();
  const list = useQuery({ queryKey: draftKeys.list(true), queryFn: () => api['drafts.list']({ trashed: true }) });
  return (
    <TrashSection<DraftSummary>
      kind="drafts"
      items={list.data?.items ?? []}
      total={list.data?.total ?? 0}
      columns={[
        { title: '草稿', dataIndex: 'title', ellipsis: { showTitle: true } },
        { title: '字数', dataIndex: 'charCount', width: 100 },
      ]}
      nameOf={(draft) => draft.title}
      purgeWarning="草稿的正文、引用和全部版本都会删除，无法恢复。"
      onOpen={(draft) => navigation.showDrafts(draft.id)}
    />
  );
}
