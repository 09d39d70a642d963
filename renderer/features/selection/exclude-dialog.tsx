import { Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { EXCLUSION_REASONS } from '../../../shared/model/selection';

const OTHER = '其他';

/** 未入选: asks for the reason (a preset or free text, with an optional note). */
export function ExcludeDialog({ title, onOk, onCancel, busy }: { title: string; onOk: (reason: string) => void; onCancel: () => void; busy: boolean }) {
  const [preset, setPreset] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const text = note.trim();
    if (preset === null) return setError('请选择未入选的理由');
    if (preset === OTHER && text === '') return setError('请写明未入选的理由');
    onOk(preset === OTHER ? text : text === '' ? preset : `${preset}：${text}`);
  };

  return (
    <Modal open title="未入选" okText="确定未入选" okButtonProps={{ danger: true }} cancelText="取消" confirmLoading={busy} onOk={submit} onCancel={onCancel} destroyOnHidden>
      <Typography.Paragraph>
        《{title}》将改为“未入选”。理由会记入阶段记录，以后可以恢复。
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="理由" required>
          <Radio.Group aria-label="未入选的理由" value={preset} onChange={(event) => (setPreset(event.target.value as string), setError(null))}>
            <Space orientation="vertical">
              {[...EXCLUSION_REASONS, OTHER].map((reason) => (
                <Radio key={reason} value={reason}>
                  {reason}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item label={preset === OTHER ? '写明理由' : '补充说明（可不填）'}>
          <Input.TextArea aria-label="补充说明" value={note} maxLength={400} rows={2} onChange={(event) => (setNote(event.target.value), setError(null))} placeholder="如：缺少项目获奖证明材料" />
        </Form.Item>
      </Form>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </Modal>
  );
}
