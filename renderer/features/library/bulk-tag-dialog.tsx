import { useQuery } from '@tanstack/react-query';
import { App, Form, Modal, Progress, Select } from 'antd';
import { useMemo, useState } from 'react';
import { normalizeTagPath } from '../../../shared/model/tag';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys, useWrite } from '../../app/queries';
import { flattenTags } from '../tags/tag-paths';

/** Adds one or more tags to every selected document. */
export function BulkTagDialog({ ids, onClose }: { ids: string[]; onClose: (done: boolean) => void }) {
  const { message } = App.useApp();
  const tags = useQuery({ queryKey: queryKeys.tags, queryFn: () => api['tags.list']({}) });
  const setTags = useWrite('documents.setTags', { quiet: true });
  const [chosen, setChosen] = useState<string[]>([]);
  const [done, setDone] = useState<number | null>(null);
  const options = useMemo(() => flattenTags(tags.data ?? []).map((node) => ({ value: node.path, label: node.path })), [tags.data]);

  const apply = async () => {
    const add = [...new Set(chosen.map(normalizeTagPath).filter(Boolean))];
    if (add.length === 0) {
      void message.warning('请选择或输入要添加的标签');
      return;
    }
    setDone(0);
    let failed = 0;
    for (const [index, id] of ids.entries()) {
      try {
        await setTags.mutateAsync({ id, add });
      } catch (error) {
        failed += 1;
        if (failed === 1) void message.error(errorMessage(error));
      }
      setDone(index + 1);
    }
    void message.success(`已为 ${ids.length - failed} 份资料添加标签：${add.join('、')}`);
    onClose(true);
  };

  return (
    <Modal
      open
      title={`为 ${ids.length} 份资料添加标签`}
      okText="添加"
      confirmLoading={done !== null}
      onOk={() => void apply()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label="标签" extra="可以从标签树中选择，也可以输入新标签（用“/”分隔上下级）后按回车。">
          <Select
            mode="tags"
            autoFocus
            aria-label="要添加的标签"
            placeholder="选择或输入标签"
            value={chosen}
            onChange={setChosen}
            options={options}
            tokenSeparators={[',', '，', '、']}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
      {done !== null && <Progress percent={Math.round((done / ids.length) * 100)} size="small" />}
    </Modal>
  );
}
