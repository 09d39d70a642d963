import { RollbackOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Drawer, Empty, Flex, List, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DRAFT_VERSION_REASON_LABELS, type DraftRecord, type DraftVersionSummary } from '../../../shared/model/draft';
import { api, errorMessage } from '../../app/api-client';
import { formatDateTime } from '../../components/format';
import { RichTextEditor } from '../editor/rich-text-editor';
import { draftKeys } from './draft-queries';

const REASON_COLORS: Record<DraftVersionSummary['reason'], string> = {
  auto: 'default',
  manual: 'red',
  before_restore: 'gold',
  restore: 'green',
  conflict: 'orange',
};

function VersionPreview({ draftId, version, onRestore, restoring }: { draftId: string; version: DraftVersionSummary; onRestore: () => void; restoring: boolean }) {
  const full = useQuery({ queryKey: draftKeys.version(draftId, version.id), queryFn: () => api['drafts.version']({ id: draftId, versionId: version.id }) });
  return (
    <div className="casebook-version-preview" aria-label="版本内容（只读）">
      <Flex align="center" justify="space-between" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text strong>
          {version.title}（{formatDateTime(version.createdAt)}，{version.charCount} 字）
        </Typography.Text>
        <Popconfirm
          title="恢复这个版本？"
          description="当前内容会先存为一个版本，不会丢失。"
          okText="恢复"
          cancelText="取消"
          onConfirm={onRestore}
        >
          <Button type="primary" icon={<RollbackOutlined />} loading={restoring}>
            恢复此版本
          </Button>
        </Popconfirm>
      </Flex>
      {full.data ? (
        <RichTextEditor value={full.data.content} readOnly variant="full" ariaLabel="版本内容（只读）" />
      ) : full.isError ? (
        <Typography.Text type="danger">{errorMessage(full.error)}</Typography.Text>
      ) : (
        <Skeleton active paragraph={{ rows: 8 }} />
      )}
    </div>
  );
}

/** 版本记录: the snapshots of a draft, each opened read-only and restorable. */
export function DraftVersionsDrawer({
  draftId,
  beforeRestore,
  onRestored,
  onClose,
}: {
  draftId: string;
  beforeRestore: () => Promise<void>;
  onRestored: (draft: DraftRecord) => void;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const versions = useQuery({ queryKey: draftKeys.versions(draftId), queryFn: () => api['drafts.versions']({ id: draftId }) });
  const [openId, setOpenId] = useState<number | null>(null);
  const [restoring, setRestoring] = useState(false);
  const selected = versions.data?.find((version) => version.id === openId) ?? versions.data?.[0] ?? null;

  const restore = async (version: DraftVersionSummary) => {
    setRestoring(true);
    try {
      await beforeRestore();
      const restored = await api['drafts.restoreVersion']({ id: draftId, versionId: version.id });
      onRestored(restored);
      void versions.refetch();
      void message.success(`已恢复 ${formatDateTime(version.createdAt)} 的版本；恢复前的内容已存为一个版本`);
      onClose();
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setRestoring(false);
    }
  };

  return (
    <Drawer open onClose={onClose} title="版本记录" size="min(1100px, 96vw)" destroyOnHidden aria-label="版本记录">
      {versions.isPending ? (
        <Skeleton active />
      ) : !versions.data || versions.data.length === 0 ? (
        <Empty description="还没有版本。写作时每隔一段时间会自动留存版本；也可以随时点“保存版本”。" />
      ) : (
        <div className="casebook-versions-layout">
          <List
            size="small"
            aria-label="版本列表"
            dataSource={versions.data}
            renderItem={(version) => (
              <List.Item
                className={`casebook-version-item${selected?.id === version.id ? ' casebook-version-item-selected' : ''}`}
                onClick={() => setOpenId(version.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') setOpenId(version.id);
                }}
                tabIndex={0}
                role="button"
                aria-pressed={selected?.id === version.id}
              >
                <div>
                  <div>{formatDateTime(version.createdAt)}</div>
                  <Flex gap={4} wrap style={{ marginTop: 2 }}>
                    <Tag color={REASON_COLORS[version.reason]}>{DRAFT_VERSION_REASON_LABELS[version.reason]}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {version.charCount} 字
                    </Typography.Text>
                  </Flex>
                  {version.label && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {version.label}
                    </Typography.Text>
                  )}
                </div>
              </List.Item>
            )}
          />
          {selected && <VersionPreview key={selected.id} draftId={draftId} version={selected} restoring={restoring} onRestore={() => void restore(selected)} />}
        </div>
      )}
    </Drawer>
  );
}
