import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import { FIELD_LABELS, type DocumentMetaField, type DocumentRecord } from '../../../shared/model/document';
import { useWrite } from '../../app/queries';
import { useUndoable } from '../../app/use-undoable';
import { displayValue, fieldLabel } from './meta-values';

/** Why import was unsure of a field, in the words of the reader. */
export function toConfirmReason(field: string, doc?: Pick<DocumentRecord, DocumentMetaField>): string {
  if (field === 'title') return '标题是程序用正文第一句生成的，原文没有可辨认的标题。';
  const current = doc ? `（现为“${displayValue(field, doc[field as DocumentMetaField])}”）` : '';
  if (field === 'kind') return `类型是程序按内容推测的${current}，政策文件、典型案例、支部做法、新闻报道之间没有把握。`;
  return `${fieldLabel(field)}是程序推测的${current}。`;
}

/** "类型待确认、标题待确认": what an import report line or a reader header says about a document. */
export function toConfirmPhrase(fields: readonly string[]): string {
  return fields.map((field) => `${fieldLabel(field)}待确认`).join('、');
}

const MARK_STYLE = {
  fontSize: 11,
  lineHeight: '16px',
  padding: '0 5px',
  borderRadius: 3,
  color: '#ad4e00',
  background: '#fff2e0',
  border: '1px solid #ffc97a',
  marginInlineStart: 6,
  whiteSpace: 'nowrap',
  display: 'inline-block',
  verticalAlign: 'middle',
  fontWeight: 'normal',
} as const;

/**
 * A small 待确认 tag beside a value import guessed; its reason on hover and on focus. Named with its
 * field ("类型待确认"), except inside a field's own label, which names the field already.
 */
export function ToConfirmMark({
  field,
  doc,
  withField = false,
  inLabel = false,
  style,
}: {
  field: DocumentMetaField;
  doc?: DocumentRecord;
  withField?: boolean;
  inLabel?: boolean;
  style?: CSSProperties;
}) {
  const label = withField ? `${FIELD_LABELS[field]}待确认` : '待确认';
  return (
    <Tooltip title={`${toConfirmReason(field, doc)}请核对后在“编辑信息”中更正或确认。`}>
      <span className="casebook-to-confirm" data-field={field} tabIndex={0} aria-label={inLabel ? undefined : `${FIELD_LABELS[field]}待确认`} style={{ ...MARK_STYLE, ...style }}>
        {label}
      </span>
    </Tooltip>
  );
}

/**
 * Above the text of a document with fields import was unsure of: what each guess was, and the two
 * ways out — 确认无误 keeps the values as they are, 更正 opens 编辑信息. Either takes them off 待确认.
 */
export function ToConfirmNotice({ doc, onEdit }: { doc: DocumentRecord; onEdit: () => void }) {
  const update = useWrite('documents.update', { quiet: true });
  const undoable = useUndoable();
  if (doc.toConfirm.length === 0) return null;
  const fields = doc.toConfirm;
  const names = fields.map((field) => FIELD_LABELS[field]).join('、');
  const confirm = () =>
    void undoable({
      run: () => update.mutateAsync({ id: doc.id, patch: Object.fromEntries(fields.map((field) => [field, doc[field]])) }),
      done: () => `已确认${names}`,
      undone: `${names}已重新标为待确认`,
    });
  return (
    <Alert
      type="warning"
      showIcon
      role="region"
      aria-label="待确认的信息"
      style={{ marginBottom: 12 }}
      title={`${names}待确认`}
      description={
        <>
          {fields.map((field) => (
            <div key={field}>{toConfirmReason(field, doc)}</div>
          ))}
          <div>请核对：不对就点“更正”改过来；没有问题就点“确认无误”。</div>
        </>
      }
      action={
        <Space orientation="vertical" size={6}>
          <Button size="small" type="primary" icon={<CheckOutlined />} loading={update.isPending} onClick={confirm}>
            确认无误
          </Button>
          <Button size="small" icon={<EditOutlined />} aria-haspopup="dialog" onClick={onEdit}>
            更正
          </Button>
        </Space>
      }
    />
  );
}
