import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { RequestOf } from '../../../shared/api/contract';
import type { DocumentKind, DocumentSummary } from '../../../shared/model/document';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys, useWrite } from '../../app/queries';
import { formatDateTime } from '../../components/format';
import { KindTag } from '../../components/kind-tag';
import { CollectionTrash } from '../collections/collection-trash';
import { DraftTrash } from '../drafts/draft-trash';

const PAGE_SIZE = 50;

/** The 回收站: trashed documents can be restored, or deleted for good after a confirmation. */
export function TrashView() {
  const { modal, message } = App.useApp();
  const navigation = useNavigation();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const restore = useWrite('documents.restore');
  const purge = useWrite('documents.purge');

  const request: RequestOf<'documents.list'> = {
    trashed: true,
    sort: 'updated',
    order: 'desc',
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: queryKeys.documents(request),
    queryFn: () => api['documents.list'](request),
    placeholderData: (previous) => previous,
  });
  const total = list.data?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (list.data && page > lastPage) setPage(lastPage);

  const restoreIds = async (ids: string[]) => {
    const { count } = await restore.mutateAsync({ ids });
    setSelected((current) => current.filter((id) => !ids.includes(id)));
    void message.success(count > 1 ? `已恢复 ${count} 份资料` : '已恢复到资料库');
  };

  const confirmPurge = (docs: { id: string; title: string }[]) => {
    modal.confirm({
      title: docs.length === 1 ? `彻底删除“${docs[0]?.title ?? ''}”？` : `彻底删除 ${docs.length} 份资料？`,
      content: '彻底删除后无法恢复：资料的文字、备注、标签和修改记录都会被删除，不再被其他资料使用的原始文件也会删除。此操作不能撤销。',
      okText: '彻底删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        const ids = docs.map((doc) => doc.id);
        const { count } = await purge.mutateAsync({ ids });
        setSelected((current) => current.filter((id) => !ids.includes(id)));
        void message.success(`已彻底删除 ${count} 份资料`);
      },
    });
  };

  const columns: TableColumnsType<DocumentSummary> = [
    { title: '标题', dataIndex: 'title', ellipsis: { showTitle: true } },
    { title: '类型', dataIndex: 'kind', width: 100, render: (kind: DocumentKind) => <KindTag kind={kind} /> },
    { title: '移入回收站', dataIndex: 'deletedAt', width: 160, render: (value: string | null) => formatDateTime(value) },
    {
      title: '操作',
      key: 'actions',
      width: 190,
      render: (_: unknown, doc) => (
        <Space size={4} onClick={(event) => event.stopPropagation()}>
          <Button size="small" icon={<UndoOutlined />} onClick={() => void restoreIds([doc.id]).catch(() => undefined)}>
            恢复
          </Button>
          <Button size="small" danger icon={<DeleteOutlined />} onClick={() => confirmPurge([doc])}>
            彻底删除
          </Button>
        </Space>
      ),
    },
  ];

  const selectedDocs = (list.data?.items ?? []).filter((doc) => selected.includes(doc.id));

  return (
    <section aria-label="回收站">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12, minHeight: 32 }}>
        <Flex align="baseline" gap={10}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            回收站
          </Typography.Title>
          <Typography.Text type="secondary">共 {total} 份 · 移入回收站的资料不会出现在资料库和检索结果中</Typography.Text>
        </Flex>
        {selected.length > 0 && (
          <Space>
            <Typography.Text>已选 {selected.length} 份</Typography.Text>
            <Button icon={<UndoOutlined />} onClick={() => void restoreIds(selected).catch(() => undefined)}>
              恢复
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={() => confirmPurge(selectedDocs)}>
              彻底删除
            </Button>
          </Space>
        )}
      </Flex>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
      <Table<DocumentSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isPending}
        tableLayout="fixed"
        locale={{
          emptyText: list.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="回收站是空的。在资料库中选中资料后按 Delete 键或点击“移入回收站”，资料会先放到这里。" />,
        }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), columnWidth: 44 }}
        onRow={(doc) => ({
          onClick: (event) => {
            if ((event.target as HTMLElement).closest('.ant-table-selection-column')) return;
            navigation.openDocument(doc.id);
          },
          style: { cursor: 'pointer' },
        })}
        pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false }}
      />
      <CollectionTrash />
      <DraftTrash />
    </section>
  );
}
