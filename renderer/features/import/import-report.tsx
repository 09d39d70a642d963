import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ImportResult, ImportStatus } from '../../../shared/model/import';
import { joinKnown } from '../../components/format';
import { KindTag } from '../../components/kind-tag';
import { NearDuplicateNote } from '../duplicates/near-duplicate-note';

const STATUS: Record<ImportStatus, { label: string; color: string }> = {
  imported: { label: '已导入', color: 'success' },
  duplicate: { label: '重复', color: 'warning' },
  failed: { label: '失败', color: 'error' },
};

function Details({ result, onOpen }: { result: ImportResult; onOpen: (id: string) => void }) {
  const warnings = result.warnings.length > 0 && (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18, color: '#a86b00', fontSize: 12 }}>
      {result.warnings.map((warning, index) => (
        <li key={index}>{warning}</li>
      ))}
    </ul>
  );
  if (result.status === 'failed') {
    return (
      <>
        <Typography.Text type="danger">{result.error ?? '导入失败'}</Typography.Text>
        {warnings}
      </>
    );
  }
  const meta = joinKnown([result.date, result.region, result.issuer ?? result.source]);
  return (
    <>
      <div style={{ display: 'flex', gap: 6, alignItems: 'center', minWidth: 0 }}>
        {result.kind && <KindTag kind={result.kind} />}
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{result.title}</span>
      </div>
      {result.status === 'duplicate' && result.duplicateOf && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          资料库中已有相同内容：
          <Typography.Link
            onClick={(event) => {
              event.stopPropagation();
              onOpen(result.duplicateOf ?? '');
            }}
          >
            查看已有资料
          </Typography.Link>
        </Typography.Text>
      )}
      {result.status === 'imported' && meta && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {meta}
        </Typography.Text>
      )}
      {result.status === 'imported' && result.nearDuplicateOf && <NearDuplicateNote result={result} onOpen={onOpen} />}
      {warnings}
    </>
  );
}

/** The file's own name first (it is what people recognise), its folder below in grey. */
function FileName({ file }: { file: string }) {
  const separator = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const name = file.slice(separator + 1);
  const folder = separator > 0 ? file.slice(0, separator) : null;
  return (
    <div title={file} style={{ minWidth: 0 }}>
      <div style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{name}</div>
      {folder && (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {folder}
        </Typography.Text>
      )}
    </div>
  );
}

/** The report after an import: 已导入 / 重复 / 失败 per file; a row opens its document. */
export function ImportReport({ results, onOpen }: { results: ImportResult[]; onOpen: (id: string) => void }) {
  const columns: TableColumnsType<ImportResult & { key: number }> = [
    {
      title: '文件',
      dataIndex: 'file',
      width: 220,
      render: (file: string) => <FileName file={file} />,
    },
    {
      title: '结果',
      dataIndex: 'status',
      width: 84,
      render: (status: ImportStatus) => <Tag color={STATUS[status].color}>{STATUS[status].label}</Tag>,
    },
    { title: '资料 / 说明', key: 'details', render: (_: unknown, result) => <Details result={result} onOpen={onOpen} /> },
  ];
  return (
    <Table
      size="small"
      aria-label="导入结果"
      rowKey="key"
      columns={columns}
      dataSource={results.map((result, key) => ({ ...result, key }))}
      pagination={results.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ y: 360 }}
      tableLayout="fixed"
      onRow={(result) => {
        const id = result.id ?? result.duplicateOf;
        return id ? { onClick: () => onOpen(id), style: { cursor: 'pointer' }, title: '点击打开这份资料' } : {};
      }}
    />
  );
}
