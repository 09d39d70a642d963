import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Radio, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import {
  BUNDLE_ITEM_LABELS,
  CONFLICT_CHOICE_LABELS,
  CONFLICT_CHOICES,
  type BundleApplyResult,
  type BundlePlan,
  type BundlePlanItem,
  type ConflictChoice,
} from '../../../shared/model/bundle';
import { api, errorMessage } from '../../app/api-client';
import { formatDateTime } from './exchange-format';
import { ImportReport } from '../import/import-report';
import { readBase64, type PickedFile } from '../import/picked-files';

type Stage =
  | { name: 'checking' }
  | { name: 'refused'; message: string }
  | { name: 'plan'; plan: BundlePlan; source: { fileName: string; contentBase64: string } }
  | { name: 'applying' }
  | { name: 'done'; result: BundleApplyResult };

const STATUS_TAGS: Record<BundlePlanItem['status'], { label: string; color: string }> = {
  new: { label: '新增', color: 'success' },
  duplicate: { label: '本库已有', color: 'default' },
  conflict: { label: '有改动', color: 'warning' },
};

/**
 * 导入交换包: checks the bundle, shows what it adds, what is already here and what changed, lets the
 * user choose per changed item (保留本库 / 采用交换包 / 两份都保留), then imports in one go.
 */
export function BundleImportDialog({ file, onClose, onOpenDocument }: { file: PickedFile; onClose: () => void; onOpenDocument: (id: string) => void }) {
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<Stage>({ name: 'checking' });
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const source = { fileName: file.name, contentBase64: await readBase64(file.file) };
        const plan = await api['bundle.preview']({ source });
        if (!cancelled) setStage({ name: 'plan', plan, source });
      } catch (error) {
        if (!cancelled) setStage({ name: 'refused', message: errorMessage(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [file]);

  const conflicts = useMemo(() => (stage.name === 'plan' ? stage.plan.items.filter((item) => item.status === 'conflict') : []), [stage]);
  const setAll = (choice: ConflictChoice) => setChoices(Object.fromEntries(conflicts.map((item) => [item.id, choice])));

  const apply = async () => {
    if (stage.name !== 'plan') return;
    const { source } = stage;
    setStage({ name: 'applying' });
    try {
      const result = await api['bundle.apply']({ source, onConflict: 'mine', choices });
      setStage({ name: 'done', result });
    } catch (error) {
      setStage({ name: 'refused', message: errorMessage(error) });
    } finally {
      void queryClient.invalidateQueries();
    }
  };

  const columns: TableColumnsType<BundlePlanItem> = [
    { title: '类型', dataIndex: 'type', width: 64, render: (type: BundlePlanItem['type']) => BUNDLE_ITEM_LABELS[type] },
    {
      title: '标题',
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, item) => (
        <>
          <div style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{title}</div>
          {item.mine && item.mine.title !== title && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              本库：{item.mine.title}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: '不同之处', dataIndex: 'differences', width: 150, render: (differences: string[]) => differences.join('、') },
    {
      title: '修改时间',
      width: 170,
      render: (_: unknown, item) => (
        <div style={{ fontSize: 12, lineHeight: 1.6 }}>
          <div>本库：{formatDateTime(item.mine?.updatedAt)}</div>
          <div>交换包：{formatDateTime(item.theirs.updatedAt)}</div>
        </div>
      ),
    },
    {
      title: '处理方式',
      width: 290,
      render: (_: unknown, item) => (
        <Radio.Group
          size="small"
          optionType="button"
          aria-label={`《${item.title}》的处理方式`}
          value={choices[item.id] ?? 'mine'}
          onChange={(event) => setChoices((current) => ({ ...current, [item.id]: event.target.value as ConflictChoice }))}
          options={CONFLICT_CHOICES.map((choice) => ({ value: choice, label: CONFLICT_CHOICE_LABELS[choice] }))}
        />
      ),
    },
  ];

  const footer =
    stage.name === 'plan' ? (
      <Space>
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" onClick={() => void apply()} disabled={stage.plan.counts.new + stage.plan.counts.conflict === 0}>
          导入
        </Button>
      </Space>
    ) : stage.name === 'applying' || stage.name === 'checking' ? null : (
      <Button type="primary" onClick={onClose}>
        {stage.name === 'done' ? '完成' : '关闭'}
      </Button>
    );

  return (
    <Modal open title={`导入交换包：${file.name}`} width={stage.name === 'plan' && conflicts.length > 0 ? 980 : 820} footer={footer} onCancel={onClose} closable={stage.name !== 'applying'} mask={{ closable: false }}>
      {(stage.name === 'checking' || stage.name === 'applying') && (
        <Flex justify="center" style={{ padding: 32 }}>
          <Spin description={stage.name === 'checking' ? '正在检查交换包的完整性和校验和…' : '正在导入…'} />
        </Flex>
      )}
      {stage.name === 'refused' && <Alert type="error" showIcon title="交换包没有导入" description={stage.message} />}
      {stage.name === 'plan' && (
        <>
          <Alert
            type={conflicts.length > 0 ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 12 }}
            title={`新增 ${stage.plan.counts.new} 项，本库已有 ${stage.plan.counts.duplicate} 项，有改动 ${stage.plan.counts.conflict} 项`}
            description={
              <>
                交换包制作于 {formatDateTime(stage.plan.createdAt)}
                {stage.plan.fromThisLibrary ? '，是从本资料库导出的' : ''}。本库已有的资料不会重复导入，标签按名称合并
                {stage.plan.newTags.length > 0 ? `（新标签：${stage.plan.newTags.slice(0, 8).join('、')}${stage.plan.newTags.length > 8 ? '等' : ''}）` : ''}。
                {conflicts.length > 0 && '下面的资料在两边都改过，请逐项选择保留哪个版本。'}
              </>
            }
          />
          {conflicts.length > 0 ? (
            <>
              <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
                <Typography.Text>全部设为：</Typography.Text>
                {CONFLICT_CHOICES.map((choice) => (
                  <Button key={choice} size="small" onClick={() => setAll(choice)}>
                    {CONFLICT_CHOICE_LABELS[choice]}
                  </Button>
                ))}
              </Flex>
              <Table<BundlePlanItem> rowKey="id" size="small" columns={columns} dataSource={conflicts} pagination={{ pageSize: 8, hideOnSinglePage: true }} aria-label="有改动的资料" />
            </>
          ) : (
            <ul className="casebook-import-files" aria-label="交换包中的内容">
              {stage.plan.items.slice(0, 50).map((item) => (
                <li key={`${item.type}-${item.id}`}>
                  <span>
                    {BUNDLE_ITEM_LABELS[item.type]}：{item.title}
                  </span>
                  <Tag color={STATUS_TAGS[item.status].color}>{STATUS_TAGS[item.status].label}</Tag>
                </li>
              ))}
              {stage.plan.items.length > 50 && <li>……另有 {stage.plan.items.length - 50} 项</li>}
            </ul>
          )}
        </>
      )}
      {stage.name === 'done' && (
        <>
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={`已导入 ${stage.result.results.filter((result) => result.status === 'imported').length} 项，本库已有 ${stage.result.results.filter((result) => result.status === 'duplicate').length} 项`}
            description="点击一行可以打开对应的资料。"
          />
          <ImportReport results={stage.result.results} onOpen={onOpenDocument} />
        </>
      )}
    </Modal>
  );
}
