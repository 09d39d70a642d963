import { DeleteOutlined, EditOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Popconfirm, Space, Switch, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { MATCH_LABELS, RULE_FIELD_LABELS, type TagRule } from '../../../shared/model/tag-rule';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys, useWrite } from '../../app/queries';
import { flattenTags } from '../tags/tag-paths';
import { RuleEditor } from './rule-editor';

type EditorState = { rule: TagRule | null } | null;

/**
 * 标签规则: the rules that tag (or suggest tags for) documents by their words. Each can be tried,
 * switched between 自动加标签 and 仅建议, applied to the whole library, edited or deleted.
 */
export function TagRulesDialog({ onClose }: { onClose: () => void }) {
  const { modal, message } = App.useApp();
  const rules = useQuery({ queryKey: queryKeys.tagRules, queryFn: () => api['tagRules.list']({}) });
  const tags = useQuery({ queryKey: queryKeys.tags, queryFn: () => api['tags.list']({}) });
  const update = useWrite('tagRules.update');
  const remove = useWrite('tagRules.delete');
  const apply = useWrite('tagRules.applyToLibrary');
  const [editor, setEditor] = useState<EditorState>(null);
  const counts = useMemo(() => new Map(flattenTags(tags.data ?? []).map((node) => [node.path, node.count])), [tags.data]);

  const applyToLibrary = (rule: TagRule) => {
    modal.confirm({
      title: `把“${rule.tagPath}”加到所有命中的资料上？`,
      content: '按这条规则检查资料库中的全部资料（不含回收站），给命中且还没有这个标签的资料加上标签；之前对这条建议点过“忽略”的资料不会加。每份资料的修改记录中都会留下记录。',
      okText: '应用到资料库',
      cancelText: '取消',
      onOk: async () => {
        const result = await apply.mutateAsync({ ruleId: rule.id });
        const skipped = result.skippedDismissed > 0 ? `，${result.skippedDismissed} 份曾被忽略，未加` : '';
        void message.success(`命中 ${result.matched} 份，新加标签 ${result.count} 份${skipped}`);
      },
    });
  };

  const columns: TableColumnsType<TagRule> = [
    {
      title: '标签',
      dataIndex: 'tagPath',
      width: 230,
      ellipsis: { showTitle: true },
      render: (path: string) => (
        <span>
          {path}
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }} aria-label={`“${path}”的资料数`}>
            {counts.get(path) ?? 0} 份
          </Typography.Text>
        </span>
      ),
    },
    {
      title: '匹配条件',
      key: 'condition',
      render: (_: unknown, rule) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary">{MATCH_LABELS[rule.match]}：</Typography.Text>
          <Typography.Text code={rule.match === 'regex'} style={{ overflowWrap: 'anywhere' }}>
            {rule.pattern}
          </Typography.Text>
          <div style={{ fontSize: 12, color: '#8c8780' }}>
            {RULE_FIELD_LABELS[rule.fields]}
            {rule.caseSensitive ? '，区分大小写' : ''}
          </div>
        </div>
      ),
    },
    {
      title: '导入时',
      dataIndex: 'autoApply',
      width: 118,
      render: (autoApply: boolean, rule) => (
        <Tooltip title={autoApply ? '导入新资料时直接加上标签' : '导入新资料时只在资料中给出建议，由您采用或忽略'}>
          <Switch
            size="small"
            checked={autoApply}
            checkedChildren="自动"
            unCheckedChildren="建议"
            aria-label={`“${rule.tagPath}”导入时自动加标签`}
            onChange={(checked) => update.mutate({ id: rule.id, patch: { autoApply: checked } })}
          />
        </Tooltip>
      ),
    },
    {
      title: '启用',
      dataIndex: 'enabled',
      width: 64,
      render: (enabled: boolean, rule) => (
        <Switch size="small" checked={enabled} aria-label={`启用“${rule.tagPath}”规则`} onChange={(checked) => update.mutate({ id: rule.id, patch: { enabled: checked } })} />
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 176,
      render: (_: unknown, rule) => (
        <Space size={2}>
          <Tooltip title="按这条规则给资料库中命中的资料加标签">
            <Button size="small" type="link" icon={<ThunderboltOutlined />} onClick={() => applyToLibrary(rule)} aria-label={`把“${rule.tagPath}”规则应用到资料库`}>
              应用
            </Button>
          </Tooltip>
          <Button size="small" type="text" icon={<EditOutlined />} aria-label={`编辑“${rule.tagPath}”规则`} onClick={() => setEditor({ rule })} />
          <Popconfirm
            title="删除这条标签规则？"
            description="已经加上的标签不受影响。"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutateAsync({ id: rule.id })}
          >
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`删除“${rule.tagPath}”规则`} />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Modal open title="标签规则" width={1040} footer={null} onCancel={onClose} destroyOnHidden styles={{ body: { paddingTop: 4 } }}>
      <Flex justify="space-between" align="center" gap={12} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          资料的标题或正文符合条件时，导入时自动加上标签，或在资料中给出建议。也可以把规则应用到已有资料。
        </Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ rule: null })}>
          新建规则
        </Button>
      </Flex>
      {rules.isError && <Alert type="error" showIcon title={errorMessage(rules.error)} style={{ marginBottom: 12 }} />}
      <Table<TagRule>
        rowKey="id"
        size="small"
        aria-label="标签规则列表"
        columns={columns}
        dataSource={rules.data ?? []}
        loading={rules.isPending}
        tableLayout="fixed"
        pagination={false}
        scroll={{ y: '56vh' }}
        onRow={(rule) => (rule.enabled ? {} : { style: { opacity: 0.55 } })}
        locale={{ emptyText: '还没有标签规则，点击“新建规则”添加。' }}
      />
      {editor && <RuleEditor rule={editor.rule} onClose={() => setEditor(null)} />}
    </Modal>
  );
}
