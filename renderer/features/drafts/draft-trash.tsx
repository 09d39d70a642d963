import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { DraftSummary } from '../../../shared/model/draft';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { useWrite } from '../../app/queries';
import { formatDateTime } from '../../components/format';
import { draftKeys } from './draft-queries';

/** Drafts in the 回收站: restore, or delete for good (with their versions) after a confirmation. */
export function DraftTrash() {
  const { modal, message } = App.useApp();
  const navigation = useNavigation();
  const list = useQuery({ queryKey: draftKeys.list(true), queryFn: () => api['drafts.list']({ trashed: true }) });
  const restore = useWrite('drafts.restore');
  const purge = useWrite('drafts.purge');
  if (!list.data || list.data.total === 0) return null;

  const columns: TableColumnsType<DraftSummary> = [
    { title: '草稿', dataIndex: 'title', ellipsis: { showTitle: true } },
    { title: '字数', dataIndex: 'charCount', width: 100 },
    { title: '移入回收站', dataIndex: 'deletedAt', width: 160, render: (value: string | null) => formatDateTime(value) },
    {
      title: '操作',
      key: 'actions',
      width: 190,
      render: (_: unknown, draft) => (
        <Space size={4}>
          <Button
            size="small"
            icon={<UndoOutlined />}
            onClick={() =>
              restore.mutate(
                { ids: [draft.id] },
                {
                  onSuccess: () => {
                    void message.success(`已恢复草稿“${draft.title}”`);
                  },
                },
              )
            }
          >
            恢复
          </Button>
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            onClick={() =>
              modal.confirm({
                title: `彻底删除草稿“${draft.title}”？`,
                content: '草稿的正文、引用和全部版本都会删除，无法恢复。',
                okText: '彻底删除',
                okButtonProps: { danger: true },
                cancelText: '取消',
                onOk: async () => {
                  await purge.mutateAsync({ ids: [draft.id] });
                  void message.success('已彻底删除草稿');
                },
              })
            }
          >
            彻底删除
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <section aria-label="回收站中的草稿" style={{ marginTop: 24 }}>
      <Typography.Title level={5}>草稿（{list.data.total}）</Typography.Title>
      <Table<DraftSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data.items}
        tableLayout="fixed"
        pagination={false}
        onRow={(draft) => ({
          onClick: (event) => {
            if ((event.target as HTMLElement).closest('button')) return;
            navigation.showDrafts(draft.id);
          },
          style: { cursor: 'pointer' },
        })}
      />
    </section>
  );
}
