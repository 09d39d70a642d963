import { BookOutlined, CopyOutlined, DeleteOutlined, DownOutlined, EditOutlined, FolderOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Alert, Button, Dropdown, Empty, Flex, Input, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { CasebookError } from '../../../shared/api/errors';
import { api, errorMessage } from '../../app/api-client';
import { flushAllAutosaves } from '../../app/autosave';
import { useNavigation } from '../../app/navigation';
import { formatDateTime } from '../../components/format';
import { useCollectionActions } from './collection-actions';
import { CollectionCover } from './collection-fields';
import { CollectionOutline } from './collection-outline';
import { folderPath, useCacheCollection, useCollectionDetail, useCollectionList } from './collection-queries';
import { ExcelButton } from '../export/excel-button';
import { ExportButton } from '../export/export-button';

/** One collection: cover, description, sections and items with commentary. */
export function CollectionPage({ id }: { id: string }) {
  const { message } = App.useApp();
  const navigation = useNavigation();
  const detail = useCollectionDetail(id);
  const list = useCollectionList();
  const actions = useCollectionActions();
  const cache = useCacheCollection();
  const [sectionTitle, setSectionTitle] = useState('');
  const [addingSection, setAddingSection] = useState(false);

  if (detail.isError) {
    const notFound = detail.error instanceof CasebookError && detail.error.code === 'NOT_FOUND';
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? '找不到这个专辑' : '无法打开这个专辑'}
        subTitle={errorMessage(detail.error)}
        extra={<Button onClick={() => navigation.showCollections(null)}>查看全部专辑</Button>}
      />
    );
  }
  const data = detail.data;
  if (!data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const path = folderPath(list.data, data.folderId);

  const addSection = async () => {
    if (!sectionTitle.trim()) return void message.warning('请填写分节标题，例如：组织建设');
    try {
      const result = await api['collections.addSection']({ collectionId: id, title: sectionTitle });
      cache(result.collection);
      setSectionTitle('');
      setAddingSection(false);
    } catch (cause) {
      void message.error(errorMessage(cause));
    }
  };

  return (
    <section aria-label={`专辑：${data.name}`} className="casebook-collection-page">
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 12 }}>
        <div style={{ minWidth: 0 }}>
          {path && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <FolderOutlined /> {path}
            </Typography.Text>
          )}
          <Typography.Title level={4} style={{ margin: 0 }}>
            <BookOutlined style={{ color: '#9f1f25', marginInlineEnd: 8 }} />
            {data.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            共 {data.itemCount} 条{data.sectionCount > 0 ? ` · ${data.sectionCount} 节` : ''} · 修改于 {formatDateTime(data.updatedAt)}
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={() => setAddingSection(true)}>
            添加分节
          </Button>
          <ExportButton target={{ collection: data.id }} what={`专辑《${data.name}》`} defaultTitle={data.coverTitle || data.name} many prepare={flushAllAutosaves} />
          <ExcelButton request={{ list: { collection: data.id } }} disabled={data.itemCount === 0} />
          <Dropdown
            menu={{
              items: [
                { key: 'rename', icon: <EditOutlined />, label: '重命名…', onClick: () => actions.rename(data) },
                { key: 'duplicate', icon: <CopyOutlined />, label: '复制专辑', onClick: () => actions.duplicate(data) },
                { key: 'move', icon: <FolderOutlined />, label: '移到文件夹…', onClick: () => actions.move(data) },
                { type: 'divider' },
                { key: 'trash', icon: <DeleteOutlined />, danger: true, label: '删除（移入回收站）', onClick: () => actions.trash(data) },
              ],
            }}
          >
            <Button>
              专辑操作 <DownOutlined />
            </Button>
          </Dropdown>
        </Space>
      </Flex>
      {data.missingCount > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`有 ${data.missingCount} 条的原资料已删除（在回收站中或已彻底删除），导出时会标出。在回收站中的资料可点“恢复”找回。`}
        />
      )}
      <CollectionCover detail={data} />
      {addingSection && (
        <Flex gap={8} style={{ margin: '12px 0' }}>
          <Input
            autoFocus
            aria-label="新分节标题"
            placeholder="分节标题，例如：组织建设（编号“一、二、…”按顺序自动加）"
            value={sectionTitle}
            maxLength={200}
            onChange={(event) => setSectionTitle(event.target.value)}
            onPressEnter={() => void addSection()}
            onKeyDown={(event) => event.key === 'Escape' && setAddingSection(false)}
          />
          <Button type="primary" onClick={() => void addSection()}>
            添加
          </Button>
          <Button onClick={() => setAddingSection(false)}>取消</Button>
        </Flex>
      )}
      {data.items.length === 0 && data.sections.length === 0 ? (
        <Empty
          style={{ marginTop: 32 }}
          description={
            <span style={{ lineHeight: 1.9 }}>
              专辑还是空的。在资料库列表或检索结果中选中资料后点“加入专辑”，或把资料拖到左侧的专辑名称上；
              <br />
              阅读资料时可以点“加入专辑”加入全文，或选中一段文字点“摘录到专辑”。
            </span>
          }
        >
          <Button type="primary" onClick={() => navigation.showLibrary()}>
            去资料库选资料
          </Button>
        </Empty>
      ) : (
        <CollectionOutline detail={data} />
      )}
      {actions.dialogs}
    </section>
  );
}
