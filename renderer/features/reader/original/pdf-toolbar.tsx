import { ColumnWidthOutlined, DownOutlined, UpOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Tooltip, Typography, type InputRef } from 'antd';
import { useState, type RefObject } from 'react';

export type Zoom = 'fit' | number;

const percent = (scale: number) => `${Math.round(scale * 100)}%`;

/** Page x / N, zoom (缩小 / 适合宽度 / 放大) and 查找 with 上一处 / 下一处 over the PDF. */
export function PdfToolbar({
  page,
  pages,
  onPage,
  zoom,
  scale,
  onZoom,
  fitScale,
  findBox,
  onFind,
  onStep,
  searching,
  hits,
  hitIndex,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  zoom: Zoom;
  scale: number;
  onZoom: (zoom: Zoom) => void;
  fitScale: number;
  findBox: RefObject<InputRef | null>;
  onFind: (query: string) => void;
  onStep: (delta: number) => void;
  searching: boolean;
  hits: number | null;
  hitIndex: number;
}) {
  const [typed, setTyped] = useState('');
  const [searched, setSearched] = useState('');
  const current = zoom === 'fit' ? fitScale : zoom;
  return (
    <Flex className="casebook-pdf-toolbar" align="center" gap={12} wrap>
      <Flex align="center" gap={4}>
        <Typography.Text>第</Typography.Text>
        <InputNumber
          size="small"
          min={1}
          max={pages}
          value={page}
          aria-label="跳到第几页"
          style={{ width: 64 }}
          onPressEnter={(event) => {
            const value = Number((event.target as HTMLInputElement).value);
            if (value >= 1 && value <= pages) onPage(value);
          }}
          onStep={(value) => onPage(Number(value))}
        />
        <Typography.Text data-testid="pdf-page-position">/ {pages} 页</Typography.Text>
      </Flex>
      <Flex align="center" gap={4}>
        <Tooltip title="缩小（Ctrl -）">
          <Button size="small" icon={<ZoomOutOutlined />} aria-label="缩小" onClick={() => onZoom(Math.max(0.25, Math.round((current - 0.25) * 4) / 4))} />
        </Tooltip>
        <Typography.Text style={{ minWidth: 44, textAlign: 'center' }} aria-label="当前缩放">
          {percent(scale)}
        </Typography.Text>
        <Tooltip title="放大（Ctrl +）">
          <Button size="small" icon={<ZoomInOutlined />} aria-label="放大" onClick={() => onZoom(Math.min(4, Math.round((current + 0.25) * 4) / 4))} />
        </Tooltip>
        <Tooltip title="适合宽度（Ctrl 0）">
          <Button size="small" type={zoom === 'fit' ? 'primary' : 'default'} ghost={zoom === 'fit'} icon={<ColumnWidthOutlined />} onClick={() => onZoom('fit')}>
            适合宽度
          </Button>
        </Tooltip>
      </Flex>
      <Flex align="center" gap={4} style={{ marginInlineStart: 'auto' }}>
        <Input.Search
          ref={findBox}
          size="small"
          allowClear
          placeholder="在 PDF 中查找（Ctrl+F）"
          aria-label="在 PDF 中查找"
          style={{ width: 220 }}
          value={typed}
          loading={searching}
          onChange={(event) => setTyped(event.target.value)}
          onSearch={(value) => {
            if (value === searched && hits) {
              onStep(1);
              return;
            }
            setSearched(value);
            onFind(value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.shiftKey) {
              event.preventDefault();
              onStep(-1);
            }
          }}
        />
        {hits !== null && (
          <Typography.Text type={hits === 0 ? 'warning' : 'secondary'} style={{ fontSize: 13 }} aria-live="polite" data-testid="pdf-find-position">
            {hits === 0 ? '没有找到' : `第 ${hitIndex + 1} / ${hits} 处`}
          </Typography.Text>
        )}
        <Tooltip title="上一处（Shift+Enter）">
          <Button size="small" icon={<UpOutlined />} aria-label="上一处" disabled={!hits} onClick={() => onStep(-1)} />
        </Tooltip>
        <Tooltip title="下一处（Enter）">
          <Button size="small" icon={<DownOutlined />} aria-label="下一处" disabled={!hits} onClick={() => onStep(1)} />
        </Tooltip>
      </Flex>
    </Flex>
  );
}
