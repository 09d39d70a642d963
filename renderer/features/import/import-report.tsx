import { CheckOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Segmented, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ImportResult, ImportStatus } from '../../../shared/model/import';
import { useState } from 'react';
import { api } from '../../app/api-client';
import { queryKeys } from '../../app/queries';
import { joinKnown } from '../../components/format';
import { KindTag } from '../../components/kind-tag';
import { NearDuplicateNote } from '../duplicates/near-duplicate-note';
import { fieldLabel } from '../reader/meta-values';
import { toConfirmReason } from '../reader/to-confirm';

const STATUS: Record<ImportStatus, { label: string; color: string }> = {
  imported: { label: '已导入', color: 'success' },
  duplicate: { label: '重复', color: 'warning' },
  failed: { label: '失败', color: 'error' },
};

function Details({ result, onOpen }: { result: ImportResult; onOpen: (id: string) => void }) {
  // A document to check is shown as it stands now: corrected in the reader, its new title and kind show here.
  const checking = needsConfirming(result);
  const id = result.id ?? '';
  const current = useQuery({ queryKey: queryKeys.document(id), queryFn: () => api['documents.get']({ id }), enabled: checking });
  const shown = checking && current.data ? current.data : result;
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
        {shown.kind && <KindTag kind={shown.kind} />}
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{shown.title}</span>
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
      {checking && <ToConfirmNote result={result} fields={current.data?.toConfirm ?? null} onOpen={onOpen} />}
      {warnings}
    </>
  );
}

/** Imported with fields import was unsure of (类型待确认, 标题待确认…): to be checked in the reader. */
export function needsConfirming(result: ImportResult): boolean {
  return result.status === 'imported' && result.id !== null && result.toConfirm.length > 0;
}

/**
 * Which fields are 待确认, as the document stands now (`fields`; null until it is read): the report is
 * a list to work through, so a document checked in the reader (确认无误 / 编辑信息) shows 已核对 when
 * the user comes back to it.
 */
function ToConfirmNote({ result, fields: now, onOpen }: { result: ImportResult; fields: readonly string[] | null; onOpen: (id: string) => void }) {
  const id = result.id ?? '';
  const fields = now ?? result.toConfirm;
  if (now && now.length === 0) {
    return (
      <div style={{ marginTop: 2 }}>
        <Tag color="success" variant="outlined" icon={<CheckOutlined />}>
          已核对
        </Tag>
      </div>
    );
  }
  return (
    <Flex gap={6} align="center" wrap style={{ marginTop: 2 }}>
      {fields.map((field) => (
        <Tag key={field} color="orange" variant="outlined" style={{ marginInlineEnd: 0 }} title={toConfirmReason(field)}>
          {fieldLabel(field)}待确认
        </Tag>
      ))}
      <Button
        type="link"
        size="small"
        style={{ paddingInline: 0, height: 'auto' }}
        aria-label={`打开核对：${result.title ?? result.file}`}
        onClick={(event) => {
          event.stopPropagation();
          onOpen(id);
        }}
      >
        打开核对
      </Button>
    </Flex>
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

/** The whole report, or only the documents with fields 待确认 (a list to work through). */
export type ReportFilter = 'all' | 'toConfirm';

/**
 * The report after an import: 已导入 / 重复 / 失败 per file; a row opens its document. When some
 * documents have fields 待确认, 只看待确认 narrows the report to them (also chosen from the summary's
 * count above the report, so the filter is the dialog's).
 */
export function ImportReport({
  results,
  onOpen,
  ...props
}: {
  results: ImportResult[];
  onOpen: (id: string) => void;
  /** Given when the dialog around the report chooses the filter too (its summary's 待确认 count). */
  filter?: ReportFilter;
  onFilterChange?: (filter: ReportFilter) => void;
}) {
  const [ownFilter, setOwnFilter] = useState<ReportFilter>('all');
  const filter = props.filter ?? ownFilter;
  const setFilter = props.onFilterChange ?? setOwnFilter;
  const toConfirmCount = results.filter(needsConfirming).length;
  const showing = filter === 'toConfirm' && toConfirmCount > 0 ? 'toConfirm' : 'all';
  const rows = results.map((result, key) => ({ ...result, key })).filter((result) => showing === 'all' || needsConfirming(result));
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
    <>
      {toConfirmCount > 0 && (
        <Flex gap={12} align="center" style={{ marginBottom: 8 }}>
          <Segmented<ReportFilter>
            aria-label="显示哪些导入结果"
            value={showing}
            onChange={setFilter}
            options={[
              { value: 'all', label: `全部（${results.length}）` },
              { value: 'toConfirm', label: `只看待确认（${toConfirmCount}）` },
            ]}
          />
          {showing === 'toConfirm' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              逐份打开核对；看完一份后，再点“导入”可回到这份报告。
            </Typography.Text>
          )}
        </Flex>
      )}
      <Table
        size="small"
        aria-label={showing === 'toConfirm' ? '待确认的资料' : '导入结果'}
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ y: 360 }}
        tableLayout="fixed"
        onRow={(result) => {
          const id = result.id ?? result.duplicateOf;
          return id ? { onClick: () => onOpen(id), style: { cursor: 'pointer' }, title: '点击打开这份资料' } : {};
        }}
      />
    </>
  );
}
