import { App, Alert, Checkbox, Flex, Form, Input, Modal, Progress, Radio, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { BUNDLE_FILE_EXTENSION } from '../../../shared/model/bundle';
import {
  EXPORT_TEMPLATE_HINTS,
  EXPORT_TEMPLATE_LABELS,
  EXPORT_TEMPLATES,
  type ExportFormat,
  type ExportTarget,
  type ExportTemplate,
} from '../../../shared/model/export';
import { api, errorMessage } from '../../app/api-client';
import { downloadBase64 } from '../exchange/download';
import { bundleSelectionOf, useBundleExport } from '../exchange/use-bundle-export';
import { newProgressKey, useWorkProgress } from './use-work-progress';

/** The 交换包 carries data, not a layout: what it holds for this target. */
function bundleHint(target: ExportTarget): string {
  const what = 'collection' in target ? '专辑（分节、顺序和点评）连同其中的资料、草稿' : 'draft' in target ? '草稿连同它引用的资料' : '资料';
  return `把${what}及原文件、标签和备注打包成一个 ${BUNDLE_FILE_EXTENSION} 文件，同事可在自己的案例库中导入`;
}

const FORMATS: { value: ExportFormat; label: string; hint: string | ((target: ExportTarget) => string) }[] = [
  { value: 'docx', label: 'Word', hint: '公文格式的 Word 文档，可在 Word 或 WPS 中继续修改' },
  { value: 'pdf', label: 'PDF', hint: '排好版的 PDF，用于打印或发送，文字可检索' },
  { value: 'html', label: '网页', hint: '单个网页文件（图片已内嵌），可粘贴到网站或公众号编辑器' },
  { value: 'md', label: 'Markdown', hint: '纯文本 Markdown，资料信息写在文件开头，便于再次导入' },
  // The same file as the library's 导出交换包 button: data to import, so no template or cover.
  { value: 'bundle', label: `交换包（${BUNDLE_FILE_EXTENSION}）`, hint: bundleHint },
];

function hintOf(format: ExportFormat, target: ExportTarget): string | undefined {
  const hint = FORMATS.find((item) => item.value === format)?.hint;
  return typeof hint === 'function' ? hint(target) : hint;
}

interface Values {
  format: ExportFormat;
  template: ExportTemplate;
  title: string;
  subtitle: string;
  issuer: string;
  date: string;
  cover: boolean;
  toc: boolean;
  metadata: boolean;
  commentary: boolean;
}

export interface ExportDialogProps {
  target: ExportTarget;
  /** What is exported, for the dialog's title: “3 份资料”, 专辑名称, 草稿标题. */
  what: string;
  /** The cover title the export gets unless the user types another. */
  defaultTitle: string;
  /** More than one item: cover and table of contents on by default. */
  many: boolean;
  prepare?: (() => Promise<unknown>) | undefined;
  onClose: () => void;
}

/**
 * 导出: format, template and cover lines; the file is then saved (desktop) or downloaded (browser).
 * The 交换包 format goes through bundle.export, as the library's 导出交换包 button does.
 */
export function ExportDialog({ target, what, defaultTitle, many, prepare, onClose }: ExportDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [progressKey, setProgressKey] = useState<string | null>(null);
  // 取消 while a file is being made: the engine finishes it (it only reads), but nothing is saved.
  const abandoned = useRef(false);
  const progress = useWorkProgress(progressKey);
  const bundle = useBundleExport();
  const working = busy || bundle.busy;
  const [failure, setFailure] = useState<string | null>(null);
  const format = Form.useWatch('format', form) ?? 'docx';
  const template = Form.useWatch('template', form) ?? 'official';
  const cover = Form.useWatch('cover', form) ?? many;
  const isBundle = format === 'bundle';
  const laidOut = format !== 'md' && !isBundle;

  const submit = async (values: Partial<Values>) => {
    setFailure(null);
    if (values.format === 'bundle') {
      // The same request, download and messages as the library's 导出交换包 button.
      if (await bundle.run(bundleSelectionOf(target), { prepare, onError: setFailure })) onClose();
      return;
    }
    setBusy(true);
    const key = newProgressKey();
    setProgressKey(key);
    // Fields the dialog hides for a format (cover lines for Markdown) are not sent.
    const text = (value: string | undefined) => (value ?? '').trim();
    try {
      await prepare?.();
      const result = await api['export.run']({
        target,
        format: values.format ?? 'docx',
        template: values.template ?? 'official',
        progressKey: key,
        options: {
          ...(text(values.title) && text(values.title) !== defaultTitle ? { title: text(values.title) } : {}),
          ...(text(values.subtitle) ? { subtitle: text(values.subtitle) } : {}),
          ...(text(values.issuer) ? { issuer: text(values.issuer) } : {}),
          ...(text(values.date) ? { date: text(values.date) } : {}),
          ...(values.cover === undefined ? {} : { cover: values.cover }),
          ...(values.toc === undefined ? {} : { toc: values.toc }),
          metadata: values.metadata ?? true,
          commentary: values.commentary ?? true,
        },
      });
      if (abandoned.current) return;
      downloadBase64(result.fileName, result.contentBase64, result.mimeType);
      void message.success(`已导出“${result.fileName}”（${result.items} 篇）`);
      onClose();
    } catch (error) {
      if (!abandoned.current) setFailure(errorMessage(error));
    } finally {
      setBusy(false);
      setProgressKey(null);
    }
  };

  return (
    <Modal
      open
      title={`导出：${what}`}
      okText={working ? '正在生成…' : '导出'}
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={() => {
        abandoned.current = busy;
        onClose();
      }}
      confirmLoading={working}
      width={620}
      destroyOnHidden
      maskClosable={!working}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => void submit(values)}
        initialValues={{ format: 'docx', template: 'official', title: defaultTitle, subtitle: '', issuer: '', date: '', cover: many, toc: many, metadata: true, commentary: true }}
      >
        <Form.Item name="format" label="格式" extra={hintOf(format, target)}>
          <Radio.Group optionType="button" buttonStyle="solid" options={FORMATS.map(({ value, label }) => ({ value, label }))} aria-label="导出格式" />
        </Form.Item>
        {laidOut && (
          <Form.Item name="template" label="版式" extra={EXPORT_TEMPLATE_HINTS[template]}>
            <Select aria-label="版式" options={EXPORT_TEMPLATES.map((value) => ({ value, label: EXPORT_TEMPLATE_LABELS[value] }))} style={{ width: 200 }} />
          </Form.Item>
        )}
        {!isBundle && (
          <Form.Item name="title" label="标题" rules={[{ max: 200, message: '标题最多 200 个字' }]}>
            <Input placeholder={defaultTitle} maxLength={200} />
          </Form.Item>
        )}
        {cover && laidOut && (
          <Flex gap={12}>
            <Form.Item name="subtitle" label="副标题" style={{ flex: 2 }}>
              <Input placeholder="例如：支部书记专题培训参考材料" maxLength={200} />
            </Form.Item>
            <Form.Item name="issuer" label="编印单位" style={{ flex: 2 }}>
              <Input placeholder="例如：某市住房和城乡建设局党建办" maxLength={100} />
            </Form.Item>
            <Form.Item name="date" label="日期" style={{ flex: 1 }}>
              <Input placeholder="默认本月" maxLength={40} />
            </Form.Item>
          </Flex>
        )}
        {!isBundle && (
          <Flex gap={16} wrap>
            {laidOut && (
              <>
                <Form.Item name="cover" valuePropName="checked" noStyle>
                  <Checkbox>封面</Checkbox>
                </Form.Item>
                <Form.Item name="toc" valuePropName="checked" noStyle>
                  <Checkbox>目录</Checkbox>
                </Form.Item>
              </>
            )}
            {!('draft' in target) && (
              <Form.Item name="metadata" valuePropName="checked" noStyle>
                <Checkbox>来源和发布日期</Checkbox>
              </Form.Item>
            )}
            {'collection' in target && (
              <Form.Item name="commentary" valuePropName="checked" noStyle>
                <Checkbox>点评</Checkbox>
              </Form.Item>
            )}
          </Flex>
        )}
        {format === 'pdf' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            PDF 由内置浏览器排版打印，篇幅较多时需要几秒钟。
          </Typography.Paragraph>
        )}
        {busy && (
          <div role="status" aria-label="导出进度" style={{ marginTop: 12 }}>
            <Typography.Text type="secondary">{progress?.step ?? '正在准备…'}</Typography.Text>
            <Progress percent={progress?.percent ?? 0} status="active" size="small" />
          </div>
        )}
        {failure && <Alert type="error" showIcon title={failure} style={{ marginTop: 12 }} />}
      </Form>
    </Modal>
  );
}
