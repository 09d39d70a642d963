import { ExportOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../app/api-client';
import { downloadBase64 } from './download';

/** 导出交换包 for the selected documents: one file a colleague imports into their own library. */
export function ExportBundleButton({ ids }: { ids: string[] }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const result = await api['bundle.export']({ documentIds: ids });
      if (result.contentBase64) downloadBase64(result.fileName, result.contentBase64, 'application/zip');
      void message.success(`已导出交换包“${result.fileName}”：${result.documents} 份资料及其原文件、标签和备注`);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title="把选中的资料连同原文件、标签和备注打包成一个文件，同事可在自己的案例库中导入">
      <Button icon={<ExportOutlined />} loading={busy} onClick={() => void run()}>
        导出交换包
      </Button>
    </Tooltip>
  );
}
