import { HistoryOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal } from 'antd';
import { useRef, useState } from 'react';
import { api, errorMessage } from '../../app/api-client';
import { readBase64 } from '../import/picked-files';

/** 从备份恢复: pick a backup file; after a confirmation it fills this (empty) library. */
export function RestoreBackupButton({ onRestored, size, block }: { onRestored?: () => void; size?: 'large' | 'middle'; block?: boolean }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const restore = async (file: File) => {
    setBusy(true);
    try {
      const result = await api['backup.restore']({ source: { fileName: file.name, contentBase64: await readBase64(file) } });
      void message.success(`已从备份恢复：资料 ${result.documents} 份（回收站 ${result.trashed} 份），原始文件 ${result.originals} 个，备注 ${result.notes} 条`);
      await queryClient.invalidateQueries();
      onRestored?.();
    } catch (error) {
      Modal.error({ title: '没有恢复', content: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const confirm = (file: File) => {
    modal.confirm({
      title: '从备份恢复？',
      content: `将把“${file.name}”中的全部资料、原始文件、标签、备注、专辑和草稿恢复到当前资料库。恢复前会先检查备份是否完整。`,
      okText: '恢复',
      cancelText: '取消',
      onOk: () => restore(file),
    });
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        className="casebook-visually-hidden"
        aria-label="选择备份文件"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) confirm(file);
        }}
      />
      <Button size={size} block={block} icon={<HistoryOutlined />} loading={busy} onClick={() => input.current?.click()}>
        从备份恢复
      </Button>
    </>
  );
}

