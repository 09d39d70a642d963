import { Tooltip } from 'antd';
import type { FieldOrigin } from '../../../shared/model/document';

/** Where a metadata value came from, in the words staff use, with what that means for them. */
export const ORIGIN_LABELS: Record<FieldOrigin, string> = {
  file: '来自文件',
  text: '从正文识别',
  user: '手动修改',
};

export const ORIGIN_HINTS: Record<FieldOrigin, string> = {
  file: '取自文件自带的信息，如网页标题、Markdown 文件头、Word 文档标题或文件名。',
  text: '由程序从正文中识别（如“发布日期：”一行、落款、文号），请核对；可在“编辑信息”中更正。',
  user: '由人工填写或更正。重新导入同一文件不会覆盖这个值。',
};

const COLORS: Record<FieldOrigin, { color: string; background: string }> = {
  file: { color: '#3f6f9f', background: '#eef3f8' },
  text: { color: '#a8660b', background: '#fbf1e2' },
  user: { color: '#3d8b4f', background: '#ebf5ed' },
};

/** A small marker beside a field: 来自文件 / 从正文识别 / 手动修改, explained on hover. */
export function FieldOriginMark({ origin }: { origin: FieldOrigin | undefined }) {
  if (!origin) return null;
  const { color, background } = COLORS[origin];
  return (
    <Tooltip title={ORIGIN_HINTS[origin]}>
      <span
        className="casebook-field-origin"
        data-origin={origin}
        tabIndex={0}
        style={{ fontSize: 11, lineHeight: '16px', padding: '0 5px', borderRadius: 3, color, background, marginInlineStart: 6, whiteSpace: 'nowrap', display: 'inline-block', verticalAlign: 'middle', fontWeight: 'normal' }}
      >
        {ORIGIN_LABELS[origin]}
      </span>
    </Tooltip>
  );
}
