import { DownloadOutlined, ExportOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { OriginalFile } from '../../../../shared/model/document';
import { CasebookError } from '../../../../shared/api/errors';
import type { ApiEnvelope } from '../../../../shared/api/errors';
import { errorMessage } from '../../../app/api-client';
import { desktopFiles } from '../../../app/desktop-files';
import { readOriginalRange } from './original-bytes';

async function unwrap<T>(envelope: Promise<ApiEnvelope<T>>): Promise<T> {
  const answer = await envelope;
  if (!answer.ok) throw CasebookError.fromPayload(answer.error);
  return answer.result;
}

/**
 * 用默认程序打开 and 在文件夹中显示 in the desktop app (main opens the library's copy; the window
 * never learns its path); 下载原件 in browser mode, which has no programs of its own to hand it to.
 */
export function OriginalActions({ documentId, file }: { documentId: string; file: OriginalFile }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const files = desktopFiles();
  const run = (name: string, action: () => Promise<unknown>) => {
    setBusy(name);
    action()
      .catch((error: unknown) => void message.error(errorMessage(error)))
      .finally(() => setBusy(null));
  };

  if (files) {
    return (
      <Space size={4}>
        <Button size="small" icon={<ExportOutlined />} loading={busy === 'open'} onClick={() => run('open', () => unwrap(files.openOriginal({ documentId })))}>
          用默认程序打开
        </Button>
        <Button size="small" icon={<FolderOpenOutlined />} loading={busy === 'show'} onClick={() => run('show', () => unwrap(files.showOriginalInFolder({ documentId })))}>
          在文件夹中显示
        </Button>
      </Space>
    );
  }
  return (
    <Button
      size="small"
      icon={<DownloadOutlined />}
      loading={busy === 'download'}
      onClick={() =>
        run('download', async () => {
          const bytes = await readOriginalRange(documentId, 0, file.size);
          const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
          const link = document.createElement('a');
          link.href = url;
          link.download = file.fileName;
          link.style.display = 'none';
          document.body.appendChild(link);
          link.click();
          link.remove();
          window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
        })
      }
    >
      下载原件
    </Button>
  );
}
