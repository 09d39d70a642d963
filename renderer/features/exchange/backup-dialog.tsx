import { CloudDownloadOutlined, DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Divider, Flex, InputNumber, List, Menu, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys } from '../../app/queries';
import { formatBytes } from '../../components/format';
import { downloadBase64 } from './download';
import { formatDateTime } from './exchange-format';
import { RestoreBackupButton } from './restore-backup-button';
import { RestoreToNewLibrary } from './restore-to-new-library';

const BACKUP_LIST_KEY = ['backup.list'] as const;

/**
 * 备份与恢复: back up now, the backups kept in the library folder (download any), how many to keep,
 * restore: into this library while it is empty, else into a new library the window then switches to.
 */
export function BackupDialog({ open, onClose, libraryIsEmpty }: { open: boolean; onClose: () => void; libraryIsEmpty: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: BACKUP_LIST_KEY, queryFn: () => api['backup.list']({}), enabled: open });
  const info = useQuery({ queryKey: queryKeys.libraryInfo, queryFn: () => api['library.info']({}) });
  const libraryFolder = info.data?.path ?? '';
  const [busy, setBusy] = useState(false);

  const backupNow = async () => {
    setBusy(true);
    try {
      const result = await api['backup.create']({});
      void message.success(`已备份 ${result.documents} 份资料、${result.originals} 个原始文件（${formatBytes(result.size)}）`);
      void queryClient.invalidateQueries({ queryKey: BACKUP_LIST_KEY });
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const download = async (fileName: string) => {
    try {
      const result = await api['backup.read']({ fileName });
      downloadBase64(result.fileName, result.contentBase64, 'application/zip');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const setKeep = async (keep: number | null) => {
    if (keep === null) return;
    try {
      queryClient.setQueryData(BACKUP_LIST_KEY, await api['backup.setKeep']({ keep }));
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const data = list.data;
  return (
    <Modal open={open} title="备份与恢复" width={680} onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>}>
      <Typography.Paragraph>
        备份把整个资料库（所有资料、原始文件、标签、备注、专辑和草稿）存成一个带校验和的文件。桌面程序退出时，如果资料有改动，会自动备份一次。
      </Typography.Paragraph>
      <Flex gap={12} align="center" wrap>
        <Button type="primary" icon={<SaveOutlined />} loading={busy} onClick={() => void backupNow()}>
          立即备份
        </Button>
        <Typography.Text>备份文件夹保留最近</Typography.Text>
        <InputNumber aria-label="保留的备份份数" min={1} max={100} value={data?.keep} onChange={(value) => void setKeep(value)} style={{ width: 72 }} />
        <Typography.Text>份</Typography.Text>
      </Flex>
      {data && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }} copyable={{ text: data.folder, tooltips: ['复制文件夹位置', '已复制'] }}>
          备份文件夹：{data.folder}
        </Typography.Paragraph>
      )}
      <List
        size="small"
        bordered
        loading={list.isLoading}
        aria-label="已有的备份"
        locale={{ emptyText: '还没有备份。点击“立即备份”做第一份，或退出桌面程序时自动备份。' }}
        dataSource={data?.backups ?? []}
        style={{ maxHeight: 260, overflowY: 'auto' }}
        renderItem={(backup) => (
          <List.Item
            actions={[
              <Button key="download" type="link" size="small" icon={<DownloadOutlined />} onClick={() => void download(backup.fileName)}>
                另存一份
              </Button>,
            ]}
          >
            <Flex vertical>
              <Typography.Text>{formatDateTime(backup.createdAt)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {backup.fileName} · {formatBytes(backup.size)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <Divider titlePlacement="start" plain>
        从备份恢复
      </Divider>
      {libraryIsEmpty ? (
        <RestoreBackupButton onRestored={onClose} />
      ) : (
        <RestoreToNewLibrary key={`${libraryFolder}|${data?.backups[0]?.fileName ?? ''}`} libraryFolder={libraryFolder} backups={data?.backups ?? []} onDone={onClose} />
      )}
    </Modal>
  );
}

/** The sidebar's 备份与恢复 entry. */
export function BackupMenu({ libraryIsEmpty }: { libraryIsEmpty: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Menu
        mode="inline"
        aria-label="备份与恢复"
        selectable={false}
        style={{ borderInlineEnd: 'none' }}
        onClick={() => setOpen(true)}
        items={[{ key: 'backup', icon: <CloudDownloadOutlined />, label: '备份与恢复' }]}
      />
      {open && <BackupDialog open onClose={() => setOpen(false)} libraryIsEmpty={libraryIsEmpty} />}
    </>
  );
}
