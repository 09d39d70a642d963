import { EditOutlined, HistoryOutlined, MoreOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space, Timeline, type MenuProps } from 'antd';
import { useState } from 'react';
import { STAGE_LABELS, type RankedSubmission, type SelectionStage } from '../../../shared/model/selection';
import { useWrite } from '../../app/queries';
import { formatDateTime } from '../../components/format';
import { ExcludeDialog } from './exclude-dialog';

/** The forward step from each stage, as a button label. */
const FORWARD: Partial<Record<SelectionStage, { stage: SelectionStage; label: string }>> = {
  received: { stage: 'screening', label: '进入初审' },
  screening: { stage: 'shortlisted', label: '入围' },
  shortlisted: { stage: 'selected', label: '入选' },
  selected: { stage: 'shortlisted', label: '撤销入选' },
};
const BACK: Partial<Record<SelectionStage, SelectionStage>> = { screening: 'received', shortlisted: 'screening' };

function excludedFrom(row: RankedSubmission): SelectionStage | null {
  return [...row.history].reverse().find((change) => change.to === 'rejected')?.from ?? null;
}

/** The stage buttons of one row: the next step, 未入选 with a reason, 恢复, and more. */
export function StageActions({ roundId, row, onScore }: { roundId: string; row: RankedSubmission; onScore: () => void }) {
  const { modal, message } = App.useApp();
  const move = useWrite('rounds.moveStage');
  const remove = useWrite('rounds.removeSubmission');
  const [excluding, setExcluding] = useState(false);
  const title = row.document.title;
  const to = (stage: SelectionStage, reason?: string) =>
    move.mutateAsync({ roundId, documentId: row.document.id, stage, ...(reason ? { reason } : {}) }).then(() => void message.success(`《${title}》已改为“${STAGE_LABELS[stage]}”`));

  const forward = FORWARD[row.stage];
  const back = BACK[row.stage];
  const restoreTo = row.stage === 'rejected' ? excludedFrom(row) ?? 'received' : null;

  const showHistory = () =>
    modal.info({
      title: `阶段记录：${title}`,
      width: 560,
      okText: '关闭',
      content: (
        <Timeline
          style={{ marginTop: 16 }}
          items={row.history.map((change) => ({
            content: `${formatDateTime(change.at)}  ${change.from ? `${STAGE_LABELS[change.from]} → ` : '申报 → '}${STAGE_LABELS[change.to]}${change.reason ? `（理由：${change.reason}）` : ''}  ${change.actor}`,
          }))}
        />
      ),
    });

  const confirmRemove = () =>
    modal.confirm({
      title: '撤回申报',
      content: `《${title}》将退出这个评选，它的评分和阶段记录会一并删除（资料本身仍在资料库中）。确定撤回吗？`,
      okText: '撤回申报',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ roundId, documentId: row.document.id }),
    });

  const more: MenuProps['items'] = [
    ...(back ? [{ key: 'back', label: `退回“${STAGE_LABELS[back]}”` }] : []),
    { key: 'history', icon: <HistoryOutlined />, label: '阶段记录' },
    { type: 'divider' as const },
    { key: 'remove', danger: true, label: '撤回申报…' },
  ];
  const onMore: MenuProps['onClick'] = ({ key, domEvent }) => {
    domEvent.stopPropagation();
    if (key === 'back' && back) void to(back);
    if (key === 'history') showHistory();
    if (key === 'remove') void confirmRemove();
  };

  return (
    <Space size={4} wrap onClick={(event) => event.stopPropagation()}>
      <Button size="small" icon={<EditOutlined />} onClick={onScore} disabled={row.stage === 'rejected'}>
        评分
      </Button>
      {forward && (
        <Button size="small" type={forward.stage === 'selected' ? 'primary' : 'default'} loading={move.isPending} onClick={() => void to(forward.stage)}>
          {forward.label}
        </Button>
      )}
      {row.stage !== 'rejected' && row.stage !== 'selected' && (
        <Button size="small" danger onClick={() => setExcluding(true)}>
          未入选…
        </Button>
      )}
      {restoreTo && (
        <Button size="small" onClick={() => void to(restoreTo)}>
          恢复到“{STAGE_LABELS[restoreTo]}”
        </Button>
      )}
      <Dropdown menu={{ items: more, onClick: onMore }} trigger={['click']}>
        <Button size="small" type="text" aria-label={`更多操作：${title}`} icon={<MoreOutlined />} />
      </Dropdown>
      {excluding && (
        <ExcludeDialog
          title={title}
          busy={move.isPending}
          onCancel={() => setExcluding(false)}
          onOk={(reason) => void to('rejected', reason).then(() => setExcluding(false))}
        />
      )}
    </Space>
  );
}
