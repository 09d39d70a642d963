import { DeleteOutlined, ImportOutlined, SortAscendingOutlined, SortDescendingOutlined, TagsOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import type { RequestOf } from '../../../shared/api/contract';
import { KIND_LABELS, type DocumentKind, type DocumentSummary } from '../../../shared/model/document';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';
import { isTypingTarget } from '../../components/is-typing-target';
import { KindTag } from '../../components/kind-tag';
import { useTrashDocuments } from '../trash/use-trash-with-undo';
import { AddToRoundButton } from '../selection/add-to-round-button';
import { AddToCollectionButton } from '../collections/add-to-collection';
import { documentDragProps } from '../collections/collection-queries';
import { ExportBundleButton } from '../exchange/export-bundle-button';
import { ExcelButton } from '../export/excel-button';
import { ExportButton } from '../export/export-button';
import { useReaderBeside } from '../reader/reader-frame';
import { BulkTagDialog } from './bulk-tag-dialog';

type Sort = NonNullable<RequestOf<'documents.list'>['sort']>;

const SORT_OPTIONS: { value: Sort; label: string }[] = [
  { value: 'updated', label: '更新时间' },
  { value: 'date', label: '发布日期' },
  { value: 'title', label: '标题' },
  { value: 'created', label: '导入时间' },
];

function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const shown = tags.slice(0, 2);
  return (
    <Tooltip title={tags.length > 2 ? tags.join('、') : undefined}>
      <span style={{ whiteSpace: 'nowrap', display: 'block', overflow: 'hidden' }}>
        {shown.map((tag) => (
          <Tag key={tag} style={{ maxWidth: 84, overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle', marginInlineEnd: 4 }}>
            {tag.split('/').pop()}
          </Tag>
        ))}
        {tags.length > 2 && <Typography.Text type="secondary">+{tags.length - 2}</Typography.Text>}
      </span>
    </Tooltip>
  );
}

const columns: TableColumnsType<DocumentSummary> = [
  {
    title: '标题',
    dataIndex: 'title',
    ellipsis: { showTitle: true },
    render: (title: string) => <span className="casebook-row-title">{title}</span>,
  },
  { title: '类型', dataIndex: 'kind', width: 100, render: (kind: DocumentKind) => <KindTag kind={kind} /> },
  { title: '发布日期', dataIndex: 'date', width: 112, render: (date: string | null) => date ?? '—' },
  {
    title: '地区',
    dataIndex: 'region',
    width: 160,
    responsive: ['lg'],
    ellipsis: { showTitle: true },
    render: (region: string | null) => region ?? '—',
  },
  {
    title: '来源/发文机关',
    key: 'origin',
    width: 170,
    ellipsis: { showTitle: true },
    render: (_: unknown, doc) => doc.issuer ?? doc.source ?? doc.organization ?? '—',
  },
  { title: '标签', dataIndex: 'tags', width: 210, responsive: ['xl'], render: (tags: string[]) => <TagList tags={tags} /> },
];

/** Beside the reader pane the list is narrow: the title, its kind and date. */
const besideReaderColumns: TableColumnsType<DocumentSummary> = [
  columns[0]!,
  { title: '类型', dataIndex: 'kind', width: 92, render: (kind: DocumentKind) => <KindTag kind={kind} /> },
  { title: '发布日期', dataIndex: 'date', width: 104, render: (date: string | null) => date ?? '—' },
];

/** The library list: kind and tag filters from the sidebar, server-side sort and pages, bulk actions. */
export function LibraryView({ kind, tag }: { kind: DocumentKind | null; tag: string | null }) {
  const navigation = useNavigation();
  const reader = useReaderBeside();
  const trashDocuments = useTrashDocuments();
  const [sort, setSort] = useState<Sort>('updated');
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [selected, setSelected] = useState<string[]>([]);
  const [tagging, setTagging] = useState(false);
  const [filterKey, setFilterKey] = useState(`${kind}|${tag}`);
  if (filterKey !== `${kind}|${tag}`) {
    setFilterKey(`${kind}|${tag}`);
    setPage(1);
    setSelected([]);
  }

  const request: RequestOf<'documents.list'> = {
    ...(kind ? { kind } : {}),
    ...(tag ? { tag } : {}),
    sort,
    order,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  };
  const list = useQuery({
    queryKey: queryKeys.documents(request),
    queryFn: () => api['documents.list'](request),
    placeholderData: (previous) => previous,
  });
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const filtered = kind !== null || tag !== null;
  // After a page shrinks (documents trashed), step back to the last page that exists.
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (list.data && page > lastPage) setPage(lastPage);

  const trashSelected = async () => {
    const ids = selected;
    if (await trashDocuments(ids)) setSelected([]);
  };

  const readerOpen = navigation.reader !== null;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Delete' || selected.length === 0 || readerOpen || isTypingTarget(event.target)) return;
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) return;
      event.preventDefault();
      void trashDocuments(selected).then((ok) => ok && setSelected([]));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, readerOpen, trashDocuments]);

  const heading = tag ? `标签：${tag}` : kind ? KIND_LABELS[kind] : '全部资料';

  const filteredEmpty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={<span>没有符合条件的资料。试试去掉{tag ? '标签' : '类型'}筛选，查看全部资料。</span>}
    >
      <Button onClick={() => navigation.showLibrary()}>查看全部资料</Button>
    </Empty>
  );

  if (!filtered && list.data && total === 0) {
    return (
      <section aria-label={heading}>
        <Typography.Title level={4} style={{ margin: '0 0 12px' }}>
          {heading}
        </Typography.Title>
        <div className="casebook-empty-library">
          <Empty
            description={
              <span style={{ lineHeight: 1.9, fontSize: 15, color: '#595550' }}>
                资料库还是空的：点击“导入”添加 Word、PDF、网页或文本文件，
                <br />
                也可以把文件或文件夹直接拖到这个窗口里。
              </span>
            }
          >
            <Button type="primary" size="large" icon={<ImportOutlined />} onClick={() => navigation.openImport()}>
              导入
            </Button>
          </Empty>
        </div>
      </section>
    );
  }

  return (
    <section aria-label={heading}>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12, minHeight: 32 }}>
        <Flex align="baseline" gap={10}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {heading}
          </Typography.Title>
          {list.data && <Typography.Text type="secondary">共 {total} 份</Typography.Text>}
        </Flex>
        {selected.length > 0 ? (
          <Space wrap>
            <Typography.Text>已选 {selected.length} 份</Typography.Text>
            <Button icon={<TagsOutlined />} onClick={() => setTagging(true)}>
              添加标签
            </Button>
            <AddToCollectionButton ids={selected} onDone={() => setSelected([])} />
            <AddToRoundButton ids={selected} onDone={() => setSelected([])} />
            <ExportBundleButton ids={selected} />
            <ExportButton
              target={{ documents: selected }}
              what={`${selected.length} 份资料`}
              defaultTitle={selected.length === 1 ? (items.find((item) => item.id === selected[0])?.title ?? '资料') : `资料汇编（${selected.length}篇）`}
              many={selected.length > 1}
            />
            <ExcelButton request={{ list: { documents: selected } }} />
            <Button danger icon={<DeleteOutlined />} onClick={() => void trashSelected()}>
              移入回收站
            </Button>
            <Button type="text" onClick={() => setSelected([])}>
              取消选择
            </Button>
          </Space>
        ) : (
          <Space>
            {tag && <ExcelButton request={{ list: { tag } }} disabled={total === 0} />}
            <Typography.Text type="secondary">排序</Typography.Text>
            <Select
              aria-label="排序方式"
              value={sort}
              options={SORT_OPTIONS}
              onChange={(value) => {
                setSort(value);
                setOrder(value === 'title' ? 'asc' : 'desc');
                setPage(1);
              }}
              style={{ width: 112 }}
            />
            <Tooltip title={order === 'desc' ? '降序（点击改为升序）' : '升序（点击改为降序）'}>
              <Button
                aria-label={order === 'desc' ? '降序' : '升序'}
                icon={order === 'desc' ? <SortDescendingOutlined /> : <SortAscendingOutlined />}
                onClick={() => setOrder(order === 'desc' ? 'asc' : 'desc')}
              />
            </Tooltip>
          </Space>
        )}
      </Flex>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
      <Table<DocumentSummary>
        rowKey="id"
        size="middle"
        columns={reader.beside ? besideReaderColumns : columns}
        rowClassName={(doc) => (doc.id === reader.openId ? 'casebook-row-open' : '')}
        dataSource={items}
        loading={list.isPending || (list.isFetching && list.isPlaceholderData)}
        locale={{ emptyText: list.isPending ? ' ' : filteredEmpty }}
        tableLayout="fixed"
        scroll={{ x: reader.beside ? 360 : 720 }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          preserveSelectedRowKeys: true,
          columnWidth: 44,
        }}
        onRow={(doc) => ({
          ...documentDragProps(() => (selected.includes(doc.id) ? selected : [doc.id]), () => doc.title),
          onClick: (event) => {
            if ((event.target as HTMLElement).closest('.ant-table-selection-column')) return;
            navigation.openDocument(doc.id);
          },
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (count, [from, to]) => `第 ${from}–${to} 份，共 ${count} 份`,
          onChange: (nextPage, nextSize) => {
            setPage(nextSize !== pageSize ? 1 : nextPage);
            setPageSize(nextSize);
          },
          hideOnSinglePage: total <= 20,
        }}
      />
      {tagging && (
        <BulkTagDialog
          ids={selected}
          onClose={(done) => {
            setTagging(false);
            if (done) setSelected([]);
          }}
        />
      )}
    </section>
  );
}
