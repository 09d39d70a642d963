import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, List, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import type { BookletResult, RoundDetail } from '../../../shared/model/selection';
import { errorMessage } from '../../app/api-client';
import { useWrite } from '../../app/queries';
import { FormError } from '../../components/form-error';

/** “2025年度红色工地十大典型案例评选” → “2025年度红色工地十大典型案例” (the engine's default too). */
function suggestedName(round: RoundDetail): string {
  const stripped = round.name.replace(/(?:评选活动|评选|活动)$/, '').trim();
  return stripped || `${round.year}年度红色工地十大典型案例`;
}

/**
 * 生成汇编: confirms the name and the order of the 入选 cases (rank order, or moved by hand with the
 * arrow buttons or Alt+↑/↓), then makes the collection.
 */
export function BookletDialog({ round, onDone, onClose }: { round: RoundDetail; onDone: (result: BookletResult) => void; onClose: () => void }) {
  const make = useWrite('rounds.makeBooklet', { quiet: true });
  const selected = round.submissions.filter((row) => row.stage === 'selected');
  const [name, setName] = useState(suggestedName(round));
  const [mode, setMode] = useState<'rank' | 'custom'>('rank');
  const [order, setOrder] = useState(selected.map((row) => row.document.id));
  const [error, setError] = useState<string | null>(null);
  const shown = mode === 'rank' ? selected.map((row) => row.document.id) : order;
  const byId = new Map(selected.map((row) => [row.document.id, row]));

  const moveItem = (index: number, step: -1 | 1) => {
    const target = index + step;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target] as string, next[index] as string];
    setOrder(next);
  };

  const submit = async () => {
    try {
      const result = await make.mutateAsync({ roundId: round.id, name: name.trim(), ...(mode === 'custom' ? { order } : {}) });
      onDone(result);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  };

  return (
    <Modal open width={720} title="生成汇编" okText={`生成专辑（${selected.length} 个案例）`} cancelText="取消" confirmLoading={make.isPending} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph>
        将把 {selected.length} 个入选案例按下面的顺序建成一个专辑，之后可以在专辑中编排、写编者按并导出为 Word 或 PDF。资料本身不会改变。
      </Typography.Paragraph>
      {round.collectionId && <Alert type="info" showIcon style={{ marginBottom: 12 }} title="这个评选此前已生成过汇编。这次会另建一个新的专辑，原来的专辑保持不变。" />}
      {round.target.status !== 'met' && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`入选 ${round.target.selected} 个，与目标 ${round.target.target} 个不一致。`} />
      )}
      <Form layout="vertical">
        <Form.Item label="专辑名称">
          <Input aria-label="专辑名称" value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
        </Form.Item>
        <Form.Item label="顺序">
          <Radio.Group aria-label="顺序" value={mode} onChange={(event) => setMode(event.target.value as 'rank' | 'custom')}>
            <Radio value="rank">按排名</Radio>
            <Radio value="custom">自定顺序</Radio>
          </Radio.Group>
        </Form.Item>
      </Form>
      <List
        aria-label="汇编顺序"
        size="small"
        bordered
        dataSource={shown}
        renderItem={(id, index) => {
          const row = byId.get(id);
          return (
            <List.Item
              tabIndex={mode === 'custom' ? 0 : undefined}
              onKeyDown={(event) => {
                if (mode !== 'custom' || !event.altKey) return;
                if (event.key === 'ArrowUp') moveItem(index, -1);
                if (event.key === 'ArrowDown') moveItem(index, 1);
              }}
              actions={
                mode === 'custom'
                  ? [
                      <Button key="up" size="small" type="text" aria-label={`上移《${row?.document.title ?? ''}》`} icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => moveItem(index, -1)} />,
                      <Button key="down" size="small" type="text" aria-label={`下移《${row?.document.title ?? ''}》`} icon={<ArrowDownOutlined />} disabled={index === shown.length - 1} onClick={() => moveItem(index, 1)} />,
                    ]
                  : []
              }
            >
              <Flex gap={8} style={{ minWidth: 0 }}>
                <Typography.Text strong style={{ width: 24 }}>
                  {index + 1}.
                </Typography.Text>
                <Typography.Text ellipsis style={{ flex: 1 }}>
                  {row?.document.title}
                </Typography.Text>
                <Typography.Text type="secondary">{row?.score === null || row?.score === undefined ? '未评分' : `${row.score.toFixed(2)} 分`}</Typography.Text>
              </Flex>
            </List.Item>
          );
        }}
      />
      <FormError error={error} marginTop={8} />
    </Modal>
  );
}
