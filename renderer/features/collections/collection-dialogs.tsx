import { App, Form, Input, Modal, TreeSelect } from 'antd';
import { useState } from 'react';
import type { CollectionList } from '../../../shared/model/collection';
import { errorMessage } from '../../app/api-client';
import { FormError } from '../../components/form-error';

/** A small dialog that asks for one name (new collection, new folder, rename). */
export function NameDialog({
  title,
  label,
  initial = '',
  placeholder,
  okText = '确定',
  maxLength = 200,
  onSubmit,
  onClose,
}: {
  title: string;
  label: string;
  initial?: string;
  placeholder?: string;
  okText?: string;
  maxLength?: number;
  onSubmit: (name: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!name.trim()) return setError(`请填写${label}`);
    setBusy(true);
    setError(null);
    try {
      await onSubmit(name);
      onClose();
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={title} okText={okText} cancelText="取消" confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label={label}>
          <Input autoFocus aria-label={label} value={name} placeholder={placeholder} maxLength={maxLength} onChange={(event) => setName(event.target.value)} onPressEnter={() => void submit()} />
        </Form.Item>
      </Form>
      <FormError error={error} />
    </Modal>
  );
}

interface FolderOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: FolderOption[];
}

/** The folder tree as TreeSelect options; `exclude` (a folder being moved) and its sub-folders are disabled. */
export function folderOptions(list: CollectionList | undefined, exclude: string | null = null): FolderOption[] {
  const folders = list?.folders ?? [];
  const build = (parentId: string | null, disabled: boolean): FolderOption[] =>
    folders
      .filter((folder) => folder.parentId === parentId)
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
      .map((folder) => {
        const off = disabled || folder.id === exclude;
        return { value: folder.id, title: folder.name, disabled: off, children: build(folder.id, off) };
      });
  return [{ value: '', title: '（顶层，不放入文件夹）', children: [] }, ...build(null, false)];
}

/** 移到文件夹: choose a folder (or the top level) for a collection or a folder. */
export function MoveToFolderDialog({
  title,
  list,
  current,
  exclude,
  onSubmit,
  onClose,
}: {
  title: string;
  list: CollectionList | undefined;
  current: string | null;
  exclude?: string | null;
  onSubmit: (folderId: string | null) => Promise<unknown>;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [folderId, setFolderId] = useState<string>(current ?? '');
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={title}
      okText="移动"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        setBusy(true);
        try {
          await onSubmit(folderId === '' ? null : folderId);
          onClose();
        } catch (cause) {
          void message.error(errorMessage(cause));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form layout="vertical">
        <Form.Item label="文件夹">
          <TreeSelect aria-label="文件夹" treeDefaultExpandAll value={folderId} onChange={(value: string) => setFolderId(value)} treeData={folderOptions(list, exclude ?? null)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
