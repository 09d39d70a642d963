import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { CollectionSummary } from '../../../shared/model/collection';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { formatDateTime } from '../../components/format';
import { useCollectionList } from './collection-queries';

/** 专辑 in the 回收站: restore, or delete for good after a confirmation (the documents stay). */
export function CollectionTrash() {
  const { modal, message } = App.useApp();
  const navigation = useNavigation();
  const queryClient = useQueryClient();
  const list = useCollectionList(true);
  const items = list.data?.collections ?? [];
  if (items.length === 0) return null;
  const refresh = () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'search.suggest' });

  const restore = async (collection: CollectionSummary) => {
    try {
      await api['collections.restore']({ ids: [collection.id] });
      await refresh();
      const key = `restored-${collection.id}`;
      void message.open({
        key,
        type: 'success',
        content: (
          <span>
            已恢复专辑“{collection.name}”
            <Button
              type="link"
              size="small"
              onClick={() => {
                message.destroy(key);
                navigation.showCollections(collection.id);
              }}
            >
              打开
            </Button>
          </span>
        ),
      });
    } catch (cause) {
      void message.error(errorMessage(cause));
    }
  };

  const columns: TableColumnsType<CollectionSummary> = [
    { title: '专辑', dataIndex: 'name', ellipsis: { showTitle: true } },
    { title: '条目', dataIndex: 'itemCount', width: 100 },
    { title: '移入回收站', dataIndex: 'deletedAt', width: 160, render: (value: string | null) => formatDateTime(value) },
    {
      title: '操作',
      key: 'actions',
      width: 190,
      render: (_: unknown, collection) => (
        <Space size={4}>
          <Button size="small" icon={<UndoOutlined />} onClick={() => void restore(collection)}>
            恢复
          </Button>
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            onClick={() =>
              modal.confirm({
                title: `彻底删除专辑“${collection.name}”？`,
                content: '专辑的分节、顺序和点评都会删除，无法恢复；专辑里的资料仍保留在资料库中。',
                okText: '彻底删除',
                okButtonProps: { danger: true },
                cancelText: '取消',
                onOk: async () => {
                  await api['collections.purge']({ ids: [collection.id] });
                  await refresh();
                  void message.success('已彻底删除专辑');
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
    <section aria-label="回收站中的专辑" style={{ marginTop: 24 }}>
      <Typography.Title level={5}>专辑（{items.length}）</Typography.Title>
      <Table<CollectionSummary> rowKey="id" size="middle" columns={columns} dataSource={items} tableLayout="fixed" pagination={false} />
    </section>
  );
}
