import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { SavedSearch } from '../../../shared/model/search-extras';
import { useWrite } from '../../app/queries';

/** 保存搜索 / 重命名: a name for the query; the sidebar lists it under 保存的搜索. */
export function SaveSearchDialog({
  query,
  sort,
  existing,
  onClose,
}: {
  query: string;
  sort: 'relevance' | 'date';
  existing?: SavedSearch;
  onClose: (saved?: SavedSearch) => void;
}) {
  const [name, setName] = useState(existing?.name ?? query.slice(0, 60));
  const create = useWrite('savedSearches.create');
  const update = useWrite('savedSearches.update');
  const pending = create.isPending || update.isPending;
  const submit = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    if (existing) update.mutate({ id: existing.id, name: trimmed }, { onSuccess: onClose });
    else create.mutate({ name: trimmed, query, sort }, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title={existing ? '重命名保存的搜索' : '保存搜索'}
      okText={existing ? '重命名' : '保存'}
      cancelText="取消"
      onOk={submit}
      onCancel={() => onClose()}
      okButtonProps={{ disabled: name.trim() === '', loading: pending }}
      destroyOnHidden
    >
      <Form layout="vertical" onFinish={submit}>
        <Form.Item label="名称" required help={name.trim() === '' ? '请填写名称' : undefined} validateStatus={name.trim() === '' ? 'error' : undefined}>
          <Input autoFocus aria-label="搜索名称" value={name} maxLength={60} showCount onChange={(event) => setName(event.target.value)} onPressEnter={submit} />
        </Form.Item>
        <Typography.Text type="secondary">
          检索条件：<Typography.Text code>{existing?.query ?? query}</Typography.Text>
          <br />
          保存后会出现在左侧“保存的搜索”中，点开即按当前资料重新检索。
        </Typography.Text>
      </Form>
    </Modal>
  );
}
