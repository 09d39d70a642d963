import { App, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { DocumentRecord } from '../../../shared/model/document';
import { TEXT_ENCODINGS } from '../../../shared/model/import';
import { useWrite } from '../../app/queries';

function encodingLabel(encoding: string): string {
  return TEXT_ENCODINGS.find((option) => option.value === encoding)?.label ?? encoding;
}

/** The text encoding of the original, and “更换编码” to read it again when the text shows 乱码. */
export function EncodingPicker({ doc }: { doc: DocumentRecord }) {
  const { message } = App.useApp();
  const [choosing, setChoosing] = useState(false);
  const reread = useWrite('documents.reread', {
    onSuccess: (updated) => {
      setChoosing(false);
      void message.success(`已按 ${encodingLabel(updated.original?.encoding ?? '')} 重新读取正文`);
    },
  });
  const encoding = doc.original?.encoding ?? null;
  if (encoding === null) return <span>—</span>;
  if (!choosing) {
    return (
      <Space size={8}>
        <span>{encodingLabel(encoding)}</span>
        <Typography.Link onClick={() => setChoosing(true)} title="正文出现乱码时，换一种编码重新读取原始文件">
          更换编码
        </Typography.Link>
      </Space>
    );
  }
  return (
    <Select
      aria-label="选择文字编码"
      size="small"
      autoFocus
      defaultOpen
      style={{ width: 200 }}
      value={encoding}
      loading={reread.isPending}
      disabled={reread.isPending}
      onChange={(value: string) => value !== encoding && reread.mutate({ id: doc.id, encoding: value })}
      onBlur={() => !reread.isPending && setChoosing(false)}
      options={[...TEXT_ENCODINGS]}
    />
  );
}
