import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useWrite } from '../../app/queries';
import { useActionMessage } from '../../app/use-action-message';
import { formatDateTime } from '../../components/format';

interface Trashed {
  id: string;
  deletedAt: string | null;
}

const NOUNS = { collections: '专辑', drafts: '草稿' } as const;

/**
 * One kind of thing below the 回收站's documents (专辑, 草稿): restore, or delete for good after a
 * confirmation. Nothing at all while none of them is in the 回收站.
 */
export function TrashSection<T extends Trashed>({
  kind,
  items,
  total = items.length,
  columns,
  nameOf,
  purgeWarning,
  onOpen,
  openRestored,
}: {
  kind: keyof typeof NOUNS;
  items: T[];
  total?: number;
  /** The columns before 移入回收站 and 操作. */
  columns: TableColumnsType<T>;
  nameOf: (item: T) => string;
  /** What 彻底删除 takes with it, in the confirmation. */
  purgeWarning: string;
  /** Clicking a row opens it. */
  onOpen?: (item: T) => void;
  /** The message after 恢复 offers 打开, which calls this. */
  openRestored?: (item: T) => void;
}) {
  const { modal, message } = App.useApp();
  const noun = NOUNS[kind];
  const showMessage = useActionMessage();
  const restore = useWrite(`${kind}.restore`);
  const purge = useWrite(`${kind}.purge`);
  if (total === 0) return null;

  const restoreOne = async (item: T) => {
    await restore.mutateAsync({ ids: [item.id] });
    const restored = `已恢复${noun}“${nameOf(item)}”`;
    if (openRestored) showMessage(restored, { label: '打开', onClick: () => openRestored(item) });
    else void message.success(restored);
  };

  const allColumns: TableColumnsType<T> = [
    ...columns,
    { title: '移入回收站', dataIndex: 'deletedAt', width: 160, render: (value: string | null) => formatDateTime(value) },
    {
      title: '操作',
      key: 'actions',
      width: 190,
      render: (_: unknown, item) => (
        <Space size={4}>
          <Button size="small" icon={<UndoOutlined />} onClick={() => void restoreOne(item).catch(() => undefined)}>
            恢复
          </Button>
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            onClick={() =>
              modal.confirm({
                title: `彻底删除${noun}“${nameOf(item)}”？`,
                content: purgeWarning,
                okText: '彻底删除',
                okButtonProps: { danger: true },
                cancelText: '取消',
                onOk: async () => {
                  await purge.mutateAsync({ ids: [item.id] });
                  void message.success(`已彻底删除${noun}`);
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
    <section aria-label={`回收站中的${noun}`} style={{ marginTop: 24 }}>
      <Typography.Title level={5}>
        {noun}（{total}）
      </Typography.Title>
      <Table<T>
        rowKey="id"
        size="middle"
        columns={allColumns}
        dataSource={items}
        tableLayout="fixed"
        pagination={false}
        onRow={
          onOpen &&
          ((item) => ({
            onClick: (event) => {
              if ((event.target as HTMLElement).closest('button')) return;
              onOpen(item);
            },
            style: { cursor: 'pointer' },
          }))
        }
      />
    </section>
  );
}
