import { ExportOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useBundleExport } from './use-bundle-export';

/** 导出交换包 for the selected documents: one file a colleague imports into their own library. */
export function ExportBundleButton({ ids }: { ids: string[] }) {
  const { busy, run } = useBundleExport();
  return (
    <Tooltip title="把选中的资料连同原文件、标签和备注打包成一个文件，同事可在自己的案例库中导入">
      <Button icon={<ExportOutlined />} loading={busy} onClick={() => void run({ documentIds: ids })}>
        导出交换包
      </Button>
    </Tooltip>
  );
}
