import { FileWordOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import type { ExportTarget } from '../../../shared/model/export';
import { ExportDialog } from './export-dialog';

export interface ExportButtonProps {
  target: ExportTarget;
  what: string;
  defaultTitle: string;
  many: boolean;
  /** Button label; 导出 by default. */
  label?: string;
  disabled?: boolean;
  /** Runs before the export is made, e.g. saving a draft's latest edits. */
  prepare?: () => Promise<unknown>;
}

/** 导出 for the library selection, the reader, a collection or a draft: opens the export dialog. */
export function ExportButton({ target, what, defaultTitle, many, label = '导出', disabled, prepare }: ExportButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title="导出为 Word（公文格式）、PDF、网页、Markdown 或交换包">
        <Button icon={<FileWordOutlined />} onClick={() => setOpen(true)} disabled={disabled}>
          {label}
        </Button>
      </Tooltip>
      {open && <ExportDialog target={target} what={what} defaultTitle={defaultTitle} many={many} prepare={prepare} onClose={() => setOpen(false)} />}
    </>
  );
}
