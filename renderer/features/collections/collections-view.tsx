import { BookOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { CollectionSummary } from '../../../shared/model/collection';
import { useNavigation } from '../../app/navigation';
import { formatDateTime } from '../../components/format';
import { useCollectionActions } from './collection-actions';
import { CollectionPage } from './collection-page';
import { folderPath, useCollectionList } from './collection-queries';
import './collections.css';

/** 专辑: the list of collections, or one collection. */
export function CollectionsView({ collectionId }: { collectionId: string | null }) {
  if (collectionId) return <CollectionPage key={collectionId} id={collectionId} />;
  return <CollectionsOverview />;
}

function CollectionsOverview() {
  const navigation = useNavigation();
  const list = useCollectionList();
  const actions = useCollectionActions();
  const columns: TableColumnsType<CollectionSummary> = [
    { title: '专辑', dataIndex: 'name', ellipsis: { showTitle: true }, render: (name: string) => <span className="casebook-row-title">{name}</span> },
    { title: '文件夹', key: 'folder', width: 200, ellipsis: { showTitle: true }, render: (_: unknown, item) => folderPath(list.data, item.folderId) || '—' },
    { title: '条目', dataIndex: 'itemCount', width: 80 },
    { title: '分节', dataIndex: 'sectionCount', width: 80 },
    { title: '修改时间', dataIndex: 'updatedAt', width: 160, render: (value: string) => formatDateTime(value) },
  ];
  return (
    <section aria-label="专辑">
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          专辑
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => actions.create(null)}>
          新建专辑
        </Button>
      </Flex>
      <Table<CollectionSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.collections ?? []}
        loading={list.isPending}
        tableLayout="fixed"
        pagination={false}
        locale={{
          emptyText: list.isPending ? (
            ' '
          ) : (
            <Empty
              image={<BookOutlined style={{ fontSize: 48, color: '#c9c2b8' }} />}
              description={
                <span style={{ lineHeight: 1.9 }}>
                  还没有专辑。专辑把资料按顺序编成一本：可以分节（一、组织建设 二、权益保障），每条写编者按或点评。
                  <br />
                  点“新建专辑”，或在资料库中选中资料后点“加入专辑”。
                </span>
              }
            >
              <Button type="primary" onClick={() => actions.create(null)}>
                新建专辑
              </Button>
            </Empty>
          ),
        }}
        onRow={(item) => ({ onClick: () => navigation.showCollections(item.id), style: { cursor: 'pointer' } })}
      />
      {actions.dialogs}
    </section>
  );
}
