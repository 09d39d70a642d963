import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useRef } from 'react';
import { REVIEW_PACKAGE_EXTENSION } from './open-review-package';

/** A button that picks one 评审包 (.cbreview) file and hands it over. */
export function ReviewPackagePicker({ label, onPick, ...button }: { label: string; onPick: (file: File) => void } & Omit<ButtonProps, 'onClick'>) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={<FolderOpenOutlined />} {...button} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={REVIEW_PACKAGE_EXTENSION}
        aria-label="选择评审包文件"
        style={{ display: 'none' }}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
    </>
  );
}
