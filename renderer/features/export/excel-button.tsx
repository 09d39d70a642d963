import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import type { ListSheetTarget } from '../../../shared/model/sheet';
import { api, errorMessage } from '../../app/api-client';
import { downloadBase64 } from '../exchange/download';

export type ExcelRequest = { round: string } | { list: ListSheetTarget };

export interface ExcelButtonProps {
  request: ExcelRequest;
  /** 导出为 Excel by default; 导出评审汇总表 for a round. */
  label?: string;
  disabled?: boolean;
}

const HINTS = {
  round: '每个案例一行，每位评委每个评分项一列；总分、平均分、极差、排名为公式，改分数或权重后自动重算',
  list: '每篇一行：标题、类型、发布日期、来源、作者、发文机关、发文字号、地区、标签、编号',
} as const;

/**
 * 导出为 Excel / 导出评审汇总表: the engine makes the .xlsx and the window saves it, as every export
 * does (a save dialog in the desktop app, the browser's download in browser mode).
 */
export function ExcelButton({ request, label = '导出为 Excel', disabled }: ExcelButtonProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const made = 'round' in request ? await api['rounds.sheet']({ id: request.round }) : await api['export.listSheet']({ target: request.list });
      downloadBase64(made.fileName, made.contentBase64, made.mimeType);
      void message.success(`已导出“${made.fileName}”（${made.rows} ${'round' in request ? '个案例' : '篇'}）`);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title={HINTS['round' in request ? 'round' : 'list']}>
      <Button icon={<FileExcelOutlined />} loading={busy} disabled={disabled} onClick={() => void run()}>
        {label}
      </Button>
    </Tooltip>
  );
}
