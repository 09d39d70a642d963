import { DeleteOutlined, EditOutlined, MoreOutlined, PlusOutlined, TagsOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Dropdown, Tooltip, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { parentTagPath, type TagNode } from '../../../shared/model/tag';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';
import { SectionTitle } from '../../components/section-title';
import { TagRulesDialog } from '../tag-rules/tag-rules-dialog';
import { TagNameDialog, useDeleteTag, type TagDialogState } from './tag-dialogs';

function ancestors(path: string): string[] {
  const out: string[] = [];
  let parent = parentTagPath(path);
  while (parent !== null) {
    out.push(parent);
    parent = parentTagPath(parent);
  }
  return out;
}

function TagTitle({ node, onAction }: { node: TagNode; onAction: (action: 'child' | 'rename' | 'delete', node: TagNode) => void }) {
  return (
    <span className="casebook-tag-node" style={{ display: 'flex', alignItems: 'center', gap: 4, minWidth: 0 }}>
      <Tooltip title={node.description ?? undefined} placement="right" mouseEnterDelay={0.6}>
        <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{node.name}</span>
      </Tooltip>
      {node.totalCount > 0 && <span style={{ color: '#8c8780', fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>{node.totalCount}</span>}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'child', icon: <PlusOutlined />, label: '新建子标签' },
            { key: 'rename', icon: <EditOutlined />, label: '重命名' },
            { key: 'delete', icon: <DeleteOutlined />, label: '删除', danger: true },
          ],
          onClick: ({ key, domEvent }) => {
            domEvent.stopPropagation();
            onAction(key as 'child' | 'rename' | 'delete', node);
          },
        }}
      >
        <Button
          type="text"
          size="small"
          className="casebook-tag-actions"
          aria-label={`标签“${node.name}”的操作`}
          icon={<MoreOutlined />}
          onClick={(event) => event.stopPropagation()}
          style={{ width: 22, height: 22, minWidth: 22 }}
        />
      </Dropdown>
    </span>
  );
}

/** The tag tree in the sidebar: click filters the library; each tag can be renamed, deleted, or get children. */
export function TagTree() {
  const navigation = useNavigation();
  const tags = useQuery({ queryKey: queryKeys.tags, queryFn: () => api['tags.list']({}) });
  const [dialog, setDialog] = useState<TagDialogState | null>(null);
  const [rulesOpen, setRulesOpen] = useState(false);
  const [expanded, setExpanded] = useState<string[]>([]);
  const deleteTag = useDeleteTag();
  const selectedTag = navigation.view.name === 'library' ? navigation.view.tag : null;

  const treeData = useMemo<TreeDataNode[]>(() => {
    const onAction = (action: 'child' | 'rename' | 'delete', node: TagNode) => {
      if (action === 'child') setDialog({ mode: 'create', parent: node.path });
      else if (action === 'rename') setDialog({ mode: 'rename', path: node.path });
      else deleteTag(node, selectedTag === node.path || (selectedTag?.startsWith(`${node.path}/`) ?? false));
    };
    const convert = (nodes: readonly TagNode[]): TreeDataNode[] =>
      nodes.map((node) => ({
        key: node.path,
        title: <TagTitle node={node} onAction={onAction} />,
        children: convert(node.children),
      }));
    return convert(tags.data ?? []);
  }, [tags.data, deleteTag, selectedTag]);

  const expandedKeys = useMemo(
    () => [...new Set([...expanded, ...(selectedTag ? ancestors(selectedTag) : [])])],
    [expanded, selectedTag],
  );

  return (
    <section aria-label="标签">
      <SectionTitle
        extra={
          <span>
            <Tooltip title="标签规则：按关键词自动加标签或给出建议">
              <Button type="text" size="small" icon={<ThunderboltOutlined />} aria-label="标签规则" onClick={() => setRulesOpen(true)} />
            </Tooltip>
            <Tooltip title="新建标签">
              <Button type="text" size="small" icon={<PlusOutlined />} aria-label="新建标签" onClick={() => setDialog({ mode: 'create', parent: null })} />
            </Tooltip>
          </span>
        }
      >
        <TagsOutlined /> 标签
      </SectionTitle>
      {tags.isError && (
        <Typography.Text type="danger" style={{ padding: '0 20px', fontSize: 12 }}>
          标签加载失败
        </Typography.Text>
      )}
      {tags.data && tags.data.length === 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', padding: '0 20px', fontSize: 12 }}>
          还没有标签，点击 + 新建。
        </Typography.Text>
      )}
      <Tree
        blockNode
        treeData={treeData}
        selectedKeys={selectedTag ? [selectedTag] : []}
        expandedKeys={expandedKeys}
        onExpand={(keys) => setExpanded(keys.map(String))}
        onSelect={(_keys, { node }) => {
          const path = String(node.key);
          // Clicking a parent also opens it, so its sub-tags are one click away.
          if (node.children && node.children.length > 0 && !expanded.includes(path)) setExpanded([...expanded, path]);
          navigation.showLibrary({ tag: selectedTag === path ? null : path });
        }}
        style={{ background: 'transparent', padding: '0 8px 0 12px' }}
      />
      {dialog && <TagNameDialog state={dialog} onClose={() => setDialog(null)} />}
      {rulesOpen && <TagRulesDialog onClose={() => setRulesOpen(false)} />}
    </section>
  );
}
