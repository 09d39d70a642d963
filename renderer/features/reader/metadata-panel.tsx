import { Descriptions, Typography } from 'antd';
import { DOCUMENT_META_FIELDS, FIELD_LABELS, type DocumentRecord } from '../../../shared/model/document';
import { formatBytes, formatDateTime } from '../../components/format';
import { EncodingPicker } from './encoding-picker';
import { FieldOriginMark } from './field-origin';
import { displayValue } from './meta-values';
import { ToConfirmMark } from './to-confirm';

/**
 * Every metadata field with its Chinese label ("—" when unknown) and where its value came from
 * (来自文件 / 从正文识别 / 手动修改), 待确认 beside a value import guessed, then the original file.
 */
export function MetadataPanel({ doc }: { doc: DocumentRecord }) {
  const fields = DOCUMENT_META_FIELDS.filter((field) => field !== 'title');
  return (
    <div>
      <Descriptions
        size="small"
        column={1}
        bordered
        aria-label="资料信息"
        styles={{ label: { width: 96, whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
        items={[
          ...fields.map((field) => {
            const origin = doc.fieldOrigins[field];
            return {
              key: field,
              label: FIELD_LABELS[field],
              children: (
                <span>
                  {displayValue(field, doc[field])}
                  {(doc[field] !== null || origin === 'user') && <FieldOriginMark origin={origin} />}
                  {doc.toConfirm.includes(field) && <ToConfirmMark field={field} doc={doc} />}
                </span>
              ),
            };
          }),
          { key: 'createdAt', label: '导入时间', children: formatDateTime(doc.createdAt) },
          { key: 'updatedAt', label: '更新时间', children: formatDateTime(doc.updatedAt) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16, fontSize: 14 }}>
        原始文件
      </Typography.Title>
      {doc.original ? (
        <Descriptions
          size="small"
          column={1}
          bordered
          aria-label="原始文件"
          styles={{ label: { width: 96, whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
          items={[
            { key: 'name', label: '文件名', children: doc.original.fileName },
            { key: 'size', label: '大小', children: formatBytes(doc.original.size) },
            { key: 'encoding', label: '编码', children: <EncodingPicker doc={doc} /> },
            {
              key: 'sha',
              label: 'SHA-256',
              children: (
                <Typography.Text copyable={{ text: doc.original.sha256, tooltips: ['复制', '已复制'] }} style={{ fontSize: 12 }}>
                  {doc.original.sha256.slice(0, 16)}…
                </Typography.Text>
              ),
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">没有保存原始文件。</Typography.Text>
      )}
    </div>
  );
}
