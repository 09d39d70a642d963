import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { SaveStatus } from './draft-autosave';

function clock(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** 已保存 / 保存中 / 未保存 / 保存失败, announced politely to screen readers. */
export function SaveIndicator({ status, savedAt }: { status: SaveStatus; savedAt: string | null }) {
  let content;
  if (status === 'saving') content = <><LoadingOutlined /> 保存中…</>;
  else if (status === 'pending') content = <>有修改，稍后自动保存</>;
  else if (status === 'error') content = <Typography.Text type="danger"><ExclamationCircleOutlined /> 保存失败，正在重试</Typography.Text>;
  else content = <><CheckCircleOutlined style={{ color: '#3d8b4f' }} /> 已保存{savedAt ? ` ${clock(savedAt)}` : ''}</>;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13, whiteSpace: 'nowrap' }} role="status" aria-live="polite" data-save-status={status}>
      {content}
    </Typography.Text>
  );
}
