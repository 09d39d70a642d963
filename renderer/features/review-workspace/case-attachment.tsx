import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, Image, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewWorkspaceCase } from '../../../shared/model/review-workspace';
import { api, errorMessage } from '../../app/api-client';
import { downloadBase64 } from '../exchange/download';

function sizeLabel(size: number): string {
  return size >= 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(size / 1024))} KB`;
}

/** 原件: the case's original as the bureau received it (a PDF or an image), saved as a file; images shown here too. */
export function CaseAttachment({ workspaceId, item }: { workspaceId: string; item: ReviewWorkspaceCase }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [image, setImage] = useState<string | null>(null);
  const attachment = item.attachment;
  if (!attachment) return null;
  const isImage = attachment.mediaType.startsWith('image/');

  const fetchOriginal = async () => {
    setBusy(true);
    try {
      return await api['reviewWorkspaces.attachment']({ id: workspaceId, documentId: item.id });
    } catch (error) {
      void message.error(`原件无法读取：${errorMessage(error)}`);
      return null;
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="casebook-review-attachment" aria-label="原件">
      <Flex align="center" gap={12} wrap>
        <PaperClipOutlined />
        <Typography.Text>
          原件：{attachment.name}（{sizeLabel(attachment.size)}）
        </Typography.Text>
        {isImage && image === null && (
          <Button size="small" loading={busy} onClick={() => void fetchOriginal().then((got) => got && setImage(`data:${got.mediaType};base64,${got.contentBase64}`))}>
            查看
          </Button>
        )}
        <Button size="small" loading={busy} onClick={() => void fetchOriginal().then((got) => got && downloadBase64(got.fileName, got.contentBase64, got.mediaType))}>
          保存原件
        </Button>
      </Flex>
      {image && <Image src={image} alt={`原件：${attachment.name}`} style={{ maxHeight: 480, marginTop: 8 }} />}
    </div>
  );
}
