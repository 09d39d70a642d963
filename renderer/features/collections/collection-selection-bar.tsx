import { DeleteOutlined, DownOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { Button, Checkbox, Dropdown, Flex, Typography } from 'antd';
import type { CollectionSection } from '../../../shared/model/collection';
import { MOD } from '../../components/mod-key';

export const UNSECTIONED_LABEL = '未分节（专辑开头）';

/**
 * Above a collection's items: 全选, and for the items selected 已选 N 项 with 移到分节 and 移出专辑;
 * with none selected, how to select and reorder.
 */
export function CollectionSelectionBar({
  total,
  selectedCount,
  sections,
  sectionsOfSelected,
  onSelectAll,
  onClear,
  onMove,
  onRemove,
}: {
  total: number;
  selectedCount: number;
  sections: CollectionSection[];
  /** The sections the selected items are in now (null: 未分节). */
  sectionsOfSelected: ReadonlySet<string | null>;
  onSelectAll: () => void;
  onClear: () => void;
  onMove: (sectionId: string | null) => void;
  onRemove: () => void;
}) {
  const onlyIn = (sectionId: string | null) => sectionsOfSelected.size === 1 && sectionsOfSelected.has(sectionId);
  const targets = [
    { key: 'unsectioned', label: UNSECTIONED_LABEL, disabled: onlyIn(null), onClick: () => onMove(null) },
    ...sections.map((section) => ({ key: section.id, label: section.heading, disabled: onlyIn(section.id), onClick: () => onMove(section.id) })),
  ];
  return (
    <Flex className="casebook-selection-bar" align="center" gap={12} wrap role="toolbar" aria-label="选择条目">
      <Checkbox
        checked={total > 0 && selectedCount === total}
        indeterminate={selectedCount > 0 && selectedCount < total}
        disabled={total === 0}
        onChange={(event) => (event.target.checked ? onSelectAll() : onClear())}
      >
        全选
      </Checkbox>
      {selectedCount > 0 ? (
        <>
          <Typography.Text strong aria-live="polite">
            已选 {selectedCount} 项
          </Typography.Text>
          {sections.length > 0 && (
            <Dropdown menu={{ items: targets }} trigger={['click']}>
              <Button size="small" icon={<NodeIndexOutlined />}>
                移到分节 <DownOutlined />
              </Button>
            </Dropdown>
          )}
          <Button size="small" danger icon={<DeleteOutlined />} onClick={onRemove}>
            移出专辑
          </Button>
          <Button size="small" type="text" onClick={onClear}>
            取消选择
          </Button>
          <Typography.Text type="secondary" className="casebook-selection-hint">
            Shift 点选连续多条，{MOD} 点选逐条加减；Esc 取消选择
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary" className="casebook-selection-hint">
          点选一条，Shift 点选连续多条，{MOD} 点选逐条加选（{MOD}+A 全选）；拖动左侧把手排序，或按 Alt+↑ / Alt+↓；Enter 打开原文，Delete 移出专辑（可撤销）。
        </Typography.Text>
      )}
    </Flex>
  );
}
