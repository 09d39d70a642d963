import { ColumnWidthOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { OriginalFile } from '../../../../shared/model/document';
import { errorMessage } from '../../../app/api-client';
import { decodeBase64, readOriginalRange } from './original-bytes';
import { LineBoxes, RecognisedLinesPanel, type PickedLine, type RecognisedPage } from './recognised-lines';
import { useZoomKeys } from './use-zoom-keys';

type ImageZoom = 'fit' | number;

/**
 * 原件 of a photo or scan: fitted to the width, or at 25%–400% of its own size. Once 文字识别 has read
 * it, its lines' boxes lie over the picture and the lines are listed beside it, each leading to the other.
 */
export function ImageViewer({
  documentId,
  file,
  mediaType,
  converted,
  active,
  recognised,
  uncertainBelow,
}: {
  documentId: string;
  file: OriginalFile;
  mediaType: string;
  /** A picture the engine made of an original the window cannot draw (a TIFF's first page). */
  converted?: { mediaType: string; contentBase64: string; note: string | null } | undefined;
  active: boolean;
  recognised?: RecognisedPage | undefined;
  uncertainBelow: number;
}) {
  const [picked, setPicked] = useState<PickedLine | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [zoom, setZoom] = useState<ImageZoom>('fit');
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);

  useEffect(() => {
    let made: string | null = null;
    let cancelled = false;
    const bytes = converted ? Promise.resolve(decodeBase64(converted.contentBase64)) : readOriginalRange(documentId, 0, file.size);
    bytes.then(
      (picture) => {
        if (cancelled) return;
        made = URL.createObjectURL(new Blob([picture as BlobPart], { type: converted?.mediaType ?? mediaType }));
        setUrl(made);
      },
      (reason: unknown) => !cancelled && setError(errorMessage(reason)),
    );
    return () => {
      cancelled = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [documentId, file, mediaType, converted]);

  const step = (delta: number) => setZoom((value) => Math.min(4, Math.max(0.25, Math.round(((value === 'fit' ? 1 : value) + delta) * 4) / 4)));
  useZoomKeys(active, { zoomIn: () => step(0.25), zoomOut: () => step(-0.25), fit: () => setZoom('fit') });

  if (error) return <Alert type="error" showIcon title={`图片无法显示：${error}`} />;
  if (!url) return <Spin description="正在打开图片…" style={{ display: 'block', padding: 48 }} />;
  const width = zoom === 'fit' || !natural ? undefined : Math.round(natural.width * zoom);
  return (
    <div className="casebook-image-viewer">
      {converted?.note && <Alert type="info" showIcon title={converted.note} banner />}
      <Flex className="casebook-pdf-toolbar" align="center" gap={4}>
        <Tooltip title="缩小（Ctrl -）">
          <Button size="small" icon={<ZoomOutOutlined />} aria-label="缩小" onClick={() => step(-0.25)} />
        </Tooltip>
        {zoom !== 'fit' && <Typography.Text style={{ minWidth: 44, textAlign: 'center' }}>{`${Math.round(zoom * 100)}%`}</Typography.Text>}
        <Tooltip title="放大（Ctrl +）">
          <Button size="small" icon={<ZoomInOutlined />} aria-label="放大" onClick={() => step(0.25)} />
        </Tooltip>
        <Button size="small" type={zoom === 'fit' ? 'primary' : 'default'} ghost={zoom === 'fit'} icon={<ColumnWidthOutlined />} onClick={() => setZoom('fit')}>
          适合宽度
        </Button>
        {natural && (
          <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 13 }}>
            {natural.width} × {natural.height} 像素
          </Typography.Text>
        )}
      </Flex>
      <div className="casebook-image-main">
      <div className="casebook-image-scroller">
        <div className="casebook-image-stage" style={{ width: width ?? '100%' }}>
          <img
            src={url}
            alt={`原件图片：${file.fileName}`}
            style={{ width: '100%', display: 'block' }}
            onLoad={(event) => setNatural({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })}
            onError={() => setError('图片文件已损坏或格式不受支持。')}
          />
          {natural && recognised && <LineBoxes page={recognised} picked={picked} onPick={setPicked} uncertainBelow={uncertainBelow} />}
        </div>
      </div>
      {recognised && <RecognisedLinesPanel page={recognised} picked={picked} onPick={setPicked} uncertainBelow={uncertainBelow} />}
      </div>
    </div>
  );
}
