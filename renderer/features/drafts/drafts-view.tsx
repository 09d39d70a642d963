import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Result, Skeleton, Typography } from 'antd';
import { CasebookError } from '../../../shared/api/errors';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { formatDateTime } from '../../components/format';
import { DraftEditorPanel } from './draft-editor-panel';
import { draftKeys } from './draft-queries';
import './drafts.css';

function DraftList({ selectedId, onCreate, creating }: { selectedId: string | null; onCreate: () => void; creating: boolean }) {
  const navigation = useNavigation();
  const list = useQuery({ queryKey: draftKeys.list(false), queryFn: () => api['drafts.list']({ trashed: false }) });
  return (
    <aside className="casebook-draft-list" aria-label="草稿列表">
      <Flex align="center" justify="space-between" style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          草稿{list.data ? `（${list.data.total}）` : ''}
        </Typography.Title>
        <Button type="primary" size="small" icon={<PlusOutlined />} loading={creating} onClick={onCreate}>
          新建草稿
        </Button>
      </Flex>
      {list.isPending ? (
        <Skeleton active />
      ) : list.isError ? (
        <Typography.Text type="danger">{errorMessage(list.error)}</Typography.Text>
      ) : list.data.items.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          还没有草稿。点“新建草稿”开始写，或在阅读资料时选中文字“引用到草稿”。
        </Typography.Paragraph>
      ) : (
        <ul className="casebook-draft-items">
          {list.data.items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={`casebook-draft-item${item.id === selectedId ? ' casebook-draft-item-selected' : ''}`}
                aria-current={item.id === selectedId ? 'true' : undefined}
                onClick={() => navigation.showDrafts(item.id)}
              >
                <span className="casebook-draft-item-title">
                  <FileTextOutlined /> {item.title}
                </span>
                <span className="casebook-draft-item-meta">
                  {formatDateTime(item.updatedAt)} · {item.charCount} 字{item.citationCount > 0 ? ` · 引用 ${item.citationCount}` : ''}
                </span>
                {item.excerpt && <span className="casebook-draft-item-excerpt">{item.excerpt}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

function OpenDraft({ id }: { id: string }) {
  const draft = useQuery({ queryKey: draftKeys.draft(id), queryFn: () => api['drafts.get']({ id }) });
  if (draft.isError) {
    const notFound = draft.error instanceof CasebookError && draft.error.code === 'NOT_FOUND';
    return <Result status={notFound ? '404' : 'error'} title={notFound ? '找不到这篇草稿' : '无法打开这篇草稿'} subTitle={errorMessage(draft.error)} />;
  }
  if (!draft.data) return <Skeleton active paragraph={{ rows: 14 }} />;
  return <DraftEditorPanel key={id} draft={draft.data} />;
}

/** 草稿: the list of drafts beside the one being written. */
export function DraftsView({ draftId }: { draftId: string | null }) {
  const navigation = useNavigation();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const list = useQuery({ queryKey: draftKeys.list(false), queryFn: () => api['drafts.list']({ trashed: false }) });
  const create = async () => {
    try {
      const draft = await api['drafts.create']({});
      queryClient.setQueryData(draftKeys.draft(draft.id), draft);
      void queryClient.invalidateQueries({ queryKey: ['drafts.list'] });
      navigation.showDrafts(draft.id);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <div className="casebook-drafts-view">
      <DraftList selectedId={draftId} onCreate={() => void create()} creating={false} />
      <section className="casebook-draft-main" aria-label="草稿编辑">
        {draftId ? (
          <OpenDraft id={draftId} />
        ) : (
          <Empty
            style={{ marginTop: 80 }}
            description={
              list.data && list.data.total === 0
                ? '还没有草稿。新建一篇开始写，或在阅读资料时选中一段文字，点“引用到草稿”。'
                : '选择左侧的一篇草稿继续写，或新建一篇。'
            }
          >
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void create()}>
              新建草稿
            </Button>
          </Empty>
        )}
      </section>
    </div>
  );
}
