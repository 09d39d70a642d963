import { FolderAddOutlined, FolderOpenOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Input, Modal, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { ChosenPath } from '../../../shared/api/desktop-files';
import type { BackupFile } from '../../../shared/model/backup';
import { api, errorMessage } from '../../app/api-client';
import { chooseNewLibraryFolder, desktopFiles } from '../../app/desktop-files';
import { useNavigation } from '../../app/navigation';
import { readBase64 } from '../import/picked-files';
import { formatDateTime } from './exchange-format';

/** The suggested folder: beside the open library, named after it and today (…\资料库-恢复-20261206). */
export function suggestedFolder(libraryFolder: string, today = new Date()): string {
  const separator = libraryFolder.includes('\\') && !libraryFolder.includes('/') ? '\\' : '/';
  const trimmed = libraryFolder.replace(/[\\/]+$/, '');
  const cut = trimmed.lastIndexOf(separator);
  const parent = cut > 0 ? trimmed.slice(0, cut) : trimmed.slice(0, cut + 1);
  const name = trimmed.slice(cut + 1) || '资料库';
  const stamp = `${today.getFullYear()}${String(today.getMonth() + 1).padStart(2, '0')}${String(today.getDate()).padStart(2, '0')}`;
  return `${parent}${parent.endsWith(separator) ? '' : separator}${name}-恢复-${stamp}`;
}

type Chosen = { kind: 'kept'; backup: BackupFile } | { kind: 'file'; file: File };

/**
 * 恢复到新资料库, for a library that already holds documents: pick a kept backup or a backup file,
 * name a folder (made when missing; it must be empty), and the backup is restored there and the
 * window switches to it. The library open now is not touched. In the desktop app the folder is
 * named in the native save dialog (main accepts no folder the window types); in browser mode it is typed.
 */
export function RestoreToNewLibrary({ libraryFolder, backups, onDone }: { libraryFolder: string; backups: BackupFile[]; onDone: () => void }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const navigation = useNavigation();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(backups[0] ? { kind: 'kept', backup: backups[0] } : null);
  const [folder, setFolder] = useState(() => suggestedFolder(libraryFolder));
  const files = desktopFiles();
  const [picked, setPicked] = useState<ChosenPath | null>(null);
  const [busy, setBusy] = useState(false);
  // What the user sees, and what goes to the door: the folder's handle in the desktop app.
  const shownFolder = files ? (picked?.path ?? '') : folder.trim();
  const requestFolder = files ? (picked?.handle ?? '') : folder.trim();

  const pickFolder = async () => {
    if (!files) return;
    try {
      const suggestedName = suggestedFolder(libraryFolder).split(/[\\/]/).pop() ?? '资料库-恢复';
      const chosenFolder = await chooseNewLibraryFolder(files, suggestedName);
      if (chosenFolder) setPicked(chosenFolder);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const restore = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      const source =
        chosen.kind === 'kept' ? { path: chosen.backup.path } : { fileName: chosen.file.name, contentBase64: await readBase64(chosen.file) };
      const result = await api['backup.restoreToNew']({ source, folder: requestFolder });
      onDone();
      navigation.closeReader();
      navigation.showLibrary();
      await queryClient.resetQueries();
      void message.success(`已恢复到新资料库并切换过去：${result.folder}（资料 ${result.documents} 份，回收站 ${result.trashed} 份）`, 6);
    } catch (error) {
      Modal.error({ title: '没有恢复', content: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const confirm = () => {
    if (!chosen) return;
    const name = chosen.kind === 'kept' ? formatDateTime(chosen.backup.createdAt) + ' 的备份' : `“${chosen.file.name}”`;
    modal.confirm({
      title: '恢复到新资料库？',
      content: `将在“${shownFolder}”新建资料库，把${name}恢复进去，然后切换到这个新资料库。当前资料库（${libraryFolder}）保持原样，以后可以用“打开或新建资料库”切换回来。`,
      okText: '恢复并切换',
      cancelText: '取消',
      onOk: () => restore(),
    });
  };

  const keptOptions = backups.map((backup) => ({ value: backup.fileName, label: `${formatDateTime(backup.createdAt)}（${backup.fileName}）` }));
  return (
    <Flex vertical gap={10}>
      <Typography.Text type="secondary">
        当前资料库中已有资料，为避免覆盖，备份会恢复到一个新的资料库；恢复后窗口切换到新资料库，当前资料库保持原样。
      </Typography.Text>
      <Flex gap={8} align="center" wrap>
        <Typography.Text style={{ width: 92 }}>要恢复的备份</Typography.Text>
        <Select
          aria-label="要恢复的备份"
          style={{ flex: 1, minWidth: 240 }}
          placeholder="选择备份文件夹中的备份，或右边的“选择备份文件”"
          value={chosen?.kind === 'kept' ? chosen.backup.fileName : chosen?.kind === 'file' ? `file:${chosen.file.name}` : undefined}
          options={chosen?.kind === 'file' ? [...keptOptions, { value: `file:${chosen.file.name}`, label: chosen.file.name }] : keptOptions}
          onChange={(value: string) => {
            const backup = backups.find((item) => item.fileName === value);
            if (backup) setChosen({ kind: 'kept', backup });
          }}
        />
        <input
          ref={input}
          type="file"
          className="casebook-visually-hidden"
          aria-label="选择要恢复到新资料库的备份文件"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) setChosen({ kind: 'file', file });
          }}
        />
        <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
          选择备份文件
        </Button>
      </Flex>
      <Flex gap={8} align="center" wrap>
        <Typography.Text style={{ width: 92 }}>新资料库位置</Typography.Text>
        {files ? (
          <>
            <Input aria-label="新资料库的文件夹" style={{ flex: 1, minWidth: 240 }} value={shownFolder} placeholder="点右边的“选择位置”" readOnly />
            <Button icon={<FolderOpenOutlined />} onClick={() => void pickFolder()}>
              选择位置
            </Button>
          </>
        ) : (
          <Input
            aria-label="新资料库的文件夹"
            style={{ flex: 1, minWidth: 240 }}
            value={folder}
            onChange={(event) => setFolder(event.target.value)}
            onPressEnter={confirm}
          />
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {files
          ? '在对话框中选好位置并写下新文件夹的名称：不存在的文件夹会自动新建，已有的文件夹必须是空的。'
          : '填写文件夹的完整位置：不存在的文件夹会自动新建，已有的文件夹必须是空的。'}
      </Typography.Text>
      <div>
        <Button type="primary" icon={<FolderAddOutlined />} loading={busy} disabled={!chosen || requestFolder === ''} onClick={confirm}>
          恢复到新资料库
        </Button>
      </div>
    </Flex>
  );
}
