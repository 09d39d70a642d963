import { CheckCircleOutlined, MedicineBoxOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, List, Menu, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { LibraryCheckReport } from '../../../shared/model/library';
import { describeLibraryCheck, describeRepair } from '../../../shared/model/library-check';
import { api, errorMessage } from '../../app/api-client';

const CHECK_KEY = ['library.check'] as const;

/** What 修复 can mend: stray files and the index. A missing original cannot be mended here. */
function repairable(report: LibraryCheckReport): boolean {
  return report.orphanOriginalCount > 0 || report.leftoverCount > 0 || (report.index !== 'ready' && report.index !== 'rebuilding');
}

/**
 * 资料库检查: runs `library.check` when opened and shows its findings line by line (the same words
 * as `casebook check`); 修复 removes stray files and rebuilds the index. A document is never deleted.
 */
export function LibraryCheckDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const check = useQuery({ queryKey: CHECK_KEY, queryFn: () => api['library.check']({}), gcTime: 0, retry: false, staleTime: Infinity, refetchOnWindowFocus: false });
  const [repairing, setRepairing] = useState(false);
  const [repairError, setRepairError] = useState<string | null>(null);
  const report = check.data ?? null;
  const busy = repairing ? 'repair' : check.isFetching ? 'check' : null;
  const error = repairError ?? (check.error ? errorMessage(check.error) : null);

  const repair = async () => {
    setRepairing(true);
    setRepairError(null);
    try {
      queryClient.setQueryData(CHECK_KEY, await api['library.check']({ repair: true }));
      // The index was rebuilt, files removed: every view reads again (but this report, which says what was done).
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== CHECK_KEY[0] });
    } catch (caught) {
      setRepairError(errorMessage(caught));
    } finally {
      setRepairing(false);
    }
  };

  const repairText = report ? describeRepair(report) : null;
  return (
    <Modal
      open
      title="资料库检查"
      width={620}
      onCancel={onClose}
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={() => void check.refetch()} disabled={busy !== null}>
            重新检查
          </Button>
          {report && repairable(report) && (
            <Button type="primary" loading={busy === 'repair'} disabled={busy === 'check'} onClick={() => void repair()}>
              修复
            </Button>
          )}
          <Button onClick={onClose}>关闭</Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        检查数据库是否完好、原始文件是否齐全、有没有中断留下的多余文件，以及检索索引是否完整。修复只删除多余文件、重建索引，不会删除任何资料。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title="检查没有完成" description={error} style={{ marginBottom: 12 }} />}
      {repairText && <Alert type="success" showIcon title={repairText} style={{ marginBottom: 12 }} />}
      {busy === 'check' && !report ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin description="正在检查数据库、原始文件和检索索引…" />
        </Flex>
      ) : (
        report && (
          <List
            size="small"
            bordered
            aria-label="检查结果"
            dataSource={describeLibraryCheck(report)}
            renderItem={(line) => (
              <List.Item>
                <Flex gap={8} align="start">
                  {line.ok ? <CheckCircleOutlined style={{ color: '#389e0d', marginTop: 4 }} /> : <WarningOutlined style={{ color: '#d48806', marginTop: 4 }} />}
                  <Typography.Text>{line.text}</Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )
      )}
      {report?.ok && <Typography.Paragraph style={{ marginTop: 12 }}>一切正常。</Typography.Paragraph>}
    </Modal>
  );
}

/** The sidebar's 资料库检查 entry, under 备份与恢复. */
export function LibraryCheckMenu() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Menu
        mode="inline"
        aria-label="资料库检查"
        selectable={false}
        style={{ borderInlineEnd: 'none' }}
        onClick={() => setOpen(true)}
        items={[{ key: 'check', icon: <MedicineBoxOutlined />, label: '资料库检查' }]}
      />
      {open && <LibraryCheckDialog onClose={() => setOpen(false)} />}
    </>
  );
}
