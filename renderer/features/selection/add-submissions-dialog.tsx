import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Empty, Input, Modal, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { RequestOf } from '../../../shared/api/contract';
import type { DocumentSummary } from '../../../shared/model/document';
import type { RoundDetail } from '../../../shared/model/selection';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys, useWrite } from '../../app/queries';
import { FormError } from '../../components/form-error';

const CASES_REQUEST: RequestOf<'documents.list'> = { kind: 'case', sort: 'title', order: 'asc', limit: 1000 };

function matches(document: DocumentSummary, words: string[]): boolean {
  const haystack = [document.title, document.organization, document.region, document.source, ...document.tags].filter(Boolean).join(' ');
  return words.every((word) => haystack.includes(word));
}

/** 添加申报: pick 典型案例 from the library (search by title, 单位, 地区 or tag). */
export function AddSubmissionsDialog({ round, onClose }: { round: RoundDetail; onClose: () => void }) {
  const { message } = App.useApp();
  const cases = useQuery({ queryKey: queryKeys.documents(CASES_REQUEST), queryFn: () => api['documents.list'](CASES_REQUEST) });
  const add = useWrite('rounds.addSubmissions', { quiet: true });
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const entered = useMemo(() => new Set(round.submissions.map((row) => row.document.id)), [round.submissions]);
  const words = text.trim().split(/\s+/).filter(Boolean);
  const rows = (cases.data?.items ?? []).filter((document) => matches(document, words));

  const submit = async () => {
    if (chosen.length === 0) return setError('请勾选要添加的案例');
    try {
      const result = await add.mutateAsync({ roundId: round.id, documentIds: chosen });
      void message.success(`已添加 ${result.added} 件申报${result.skipped > 0 ? `，${result.skipped} 件已在评选中` : ''}`);
      onClose();
    } catch (cause) {
      setError(errorMessage(cause));
    }
  };

  const columns: TableColumnsType<DocumentSummary> = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, document) => (
        <span>
          {title} {entered.has(document.id) && <Tag>已申报</Tag>}
        </span>
      ),
    },
    { title: '单位', dataIndex: 'organization', width: 200, ellipsis: true, render: (value: string | null) => value ?? '—' },
    { title: '地区', dataIndex: 'region', width: 170, ellipsis: true, render: (value: string | null) => value ?? '—' },
  ];

  return (
    <Modal
      open
      width={900}
      title={`添加申报：${round.name}`}
      okText={chosen.length > 0 ? `添加 ${chosen.length} 件` : '添加'}
      cancelText="取消"
      confirmLoading={add.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Input
        autoFocus
        allowClear
        aria-label="查找案例"
        prefix={<SearchOutlined />}
        placeholder="按标题、单位、地区或标签查找，如：安置房 温州"
        value={text}
        onChange={(event) => setText(event.target.value)}
        style={{ marginBottom: 12 }}
      />
      <Table<DocumentSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={cases.isPending}
        pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
        rowSelection={{
          selectedRowKeys: chosen,
          onChange: (keys) => setChosen(keys.map(String)),
          preserveSelectedRowKeys: true,
          getCheckboxProps: (document) => ({ disabled: entered.has(document.id), 'aria-label': `选择《${document.title}》` }),
        }}
        onRow={(document) => ({
          onClick: () => {
            if (entered.has(document.id)) return;
            setChosen(chosen.includes(document.id) ? chosen.filter((id) => id !== document.id) : [...chosen, document.id]);
          },
          style: { cursor: entered.has(document.id) ? 'default' : 'pointer' },
        })}
        locale={{
          emptyText: cases.isPending ? ' ' : <Empty description={(cases.data?.total ?? 0) === 0 ? '资料库中还没有典型案例。请先导入申报材料，导入时类型选“典型案例”。' : '没有符合条件的案例，换个词试试。'} />,
        }}
      />
      <Typography.Text type="secondary">只有“典型案例”类的资料可以参加评选；也可以在资料库列表中勾选案例后点“加入评选”。</Typography.Text>
      <FormError error={error} marginTop={8} />
    </Modal>
  );
}
