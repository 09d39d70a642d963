import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select, type FormRule } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import {
  DOCUMENT_KINDS,
  DOCUMENT_META_FIELDS,
  FIELD_LABELS,
  KIND_LABELS,
  LEVEL_LABELS,
  POLICY_LEVELS,
  POLICY_STATUSES,
  STATUS_LABELS,
  documentMetaSchema,
  type DocumentMeta,
  type DocumentMetaField,
  type DocumentRecord,
} from '../../../shared/model/document';
import { useWrite } from '../../app/queries';
import { useUndoable } from '../../app/use-undoable';
import { FieldOriginMark } from './field-origin';
import { ToConfirmMark } from './to-confirm';

type FormValues = Record<DocumentMetaField, string | number | null | undefined>;

const DATE_FIELDS: DocumentMetaField[] = ['date', 'effectiveDate'];
const TEXT_MAX = 500;

/** Chinese messages for the contract's field schema (zod's defaults are English). */
function fieldRule(field: DocumentMetaField): FormRule {
  return {
    validator: async (_rule, raw: unknown) => {
      const value = toFieldValue(field, raw);
      if (field === 'title' && (value === null || value === '')) throw new Error('标题不能为空');
      const result = documentMetaSchema.shape[field].safeParse(value);
      if (result.success) return;
      const issue = result.error.issues[0];
      if (DATE_FIELDS.includes(field)) throw new Error('请填写有效的日期，格式为 YYYY-MM-DD，例如 2024-11-15');
      if (field === 'year') throw new Error('年度应为 1900 到 2100 之间的整数');
      if (issue?.code === 'too_big') throw new Error(`不能超过 ${field === 'url' ? 2000 : TEXT_MAX} 个字`);
      if (issue && /[\u4e00-\u9fff]/.test(issue.message)) throw new Error(issue.message);
      throw new Error('请选择或填写有效的值');
    },
  };
}

/** What the form holds → what the contract expects: trimmed text, empty = unknown (null). */
function toFieldValue(field: DocumentMetaField, raw: unknown): unknown {
  if (raw === undefined || raw === null) return null;
  if (field === 'year') {
    if (raw === '') return null;
    return typeof raw === 'number' ? raw : Number(raw);
  }
  if (typeof raw === 'string') {
    const trimmed = raw.trim();
    return trimmed === '' ? null : trimmed;
  }
  return raw;
}

/** The document being edited, so each field's label shows where its value came from and whether it is 待确认. */
const DocumentContext = createContext<DocumentRecord | null>(null);

function Field({ field, children, span = 12 }: { field: DocumentMetaField; children: ReactNode; span?: number }) {
  const doc = useContext(DocumentContext);
  const label = (
    <span>
      {FIELD_LABELS[field]}
      <FieldOriginMark origin={doc?.fieldOrigins[field]} />
      {doc?.toConfirm.includes(field) && <ToConfirmMark field={field} doc={doc} inLabel />}
    </span>
  );
  return (
    <Col span={span}>
      <Form.Item name={field} label={label} rules={[fieldRule(field)]} validateFirst>
        {children}
      </Form.Item>
    </Col>
  );
}

/**
 * 编辑信息: correct the metadata; changed fields are sent, and each lands in 修改记录. Fields marked
 * 待确认 are sent too, changed or not: saving the dialog is the user's word that they were checked.
 * 撤销 puts all of it back.
 */
export function EditMetaDialog({ doc, onClose }: { doc: DocumentRecord; onClose: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const update = useWrite('documents.update', { quiet: true });
  const undoable = useUndoable();

  const initialValues = Object.fromEntries(DOCUMENT_META_FIELDS.map((field) => [field, doc[field] ?? undefined])) as FormValues;

  const save = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows the messages
    }
    const patch: Partial<DocumentMeta> = {};
    let changed = 0;
    for (const field of DOCUMENT_META_FIELDS) {
      const value = toFieldValue(field, values[field]);
      const differs = value !== (doc[field] ?? null);
      if (differs) changed += 1;
      if (differs || doc.toConfirm.includes(field)) (patch as Record<string, unknown>)[field] = value;
    }
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    const confirmed = doc.toConfirm.map((field) => FIELD_LABELS[field]).join('、');
    const saved = await undoable({
      run: () => update.mutateAsync({ id: doc.id, patch }),
      done: () => [changed > 0 ? `已保存 ${changed} 项修改` : null, confirmed ? `已确认${confirmed}` : null].filter(Boolean).join('，'),
      undone: '已撤销修改',
    });
    if (saved) onClose();
  };

  const text = (placeholder?: string) => <Input maxLength={TEXT_MAX} allowClear placeholder={placeholder} />;

  return (
    <Modal
      open
      title="编辑信息"
      width={760}
      okText="保存"
      cancelText="取消"
      confirmLoading={update.isPending}
      onOk={() => void save().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
      styles={{ body: { maxHeight: '70vh', overflowY: 'auto', paddingInlineEnd: 8 } }}
    >
      <DocumentContext.Provider value={doc}>
        {doc.toConfirm.length > 0 && (
          <Alert
            type="warning"
            showIcon
            role="note"
            style={{ marginBottom: 16 }}
            title={`标为“待确认”的${doc.toConfirm.map((field) => FIELD_LABELS[field]).join('、')}是程序推测的，请核对；点“保存”即视为已确认。`}
          />
        )}
        <Form form={form} layout="vertical" initialValues={initialValues} requiredMark={false} onFinish={() => void save()}>
          <Row gutter={16}>
            <Field field="title" span={24}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={TEXT_MAX} />
            </Field>
            <Field field="kind">
              <Select options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))} />
            </Field>
            <Field field="region">{text('例如：浙江省温州市鹿城区')}</Field>
            <Field field="date">{text('YYYY-MM-DD')}</Field>
            <Field field="effectiveDate">{text('YYYY-MM-DD')}</Field>
            <Field field="issuer">{text('例如：温州市住房和城乡建设局')}</Field>
            <Field field="docNumber">{text('例如：温住建〔2022〕35号')}</Field>
            <Field field="level">
              <Select allowClear placeholder="—" options={POLICY_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }))} />
            </Field>
            <Field field="status">
              <Select allowClear placeholder="—" options={POLICY_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))} />
            </Field>
            <Field field="source">{text('例如：温州日报')}</Field>
            <Field field="author">{text()}</Field>
            <Field field="year">
              <InputNumber style={{ width: '100%' }} placeholder="例如：2024" controls={false} />
            </Field>
            <Field field="organization">{text()}</Field>
            <Field field="project">{text()}</Field>
            <Field field="practiceName">{text('例如：“一党员一项目”')}</Field>
            <Field field="selection">{text('例如：2023年度十大典型案例')}</Field>
            <Field field="url" span={24}>
              <Input maxLength={2000} allowClear placeholder="https://…" />
            </Field>
          </Row>
        </Form>
      </DocumentContext.Provider>
    </Modal>
  );
}
