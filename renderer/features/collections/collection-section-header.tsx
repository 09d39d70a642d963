import { DeleteOutlined, HolderOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Tooltip, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import type { CollectionSection } from '../../../shared/model/collection';
import { rowKey } from '../../../shared/model/collection-outline';

/** A section heading (一、组织建设): drag or Alt+↑/↓ to reorder, click the title to rename. */
export function CollectionSectionHeader({
  section,
  count,
  onStep,
  onRename,
  onDelete,
}: {
  section: CollectionSection;
  count: number;
  onStep: (direction: -1 | 1) => void;
  onRename: (title: string) => void;
  onDelete: () => void;
}) {
  const { setNodeRef, transform, transition, attributes, listeners, isDragging } = useSortable({ id: rowKey('section', section.id) });
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      onStep(event.key === 'ArrowUp' ? -1 : 1);
    }
  };
  return (
    <div
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition: transition }}
      className={`casebook-collection-section${isDragging ? ' is-dragging' : ''}`}
      tabIndex={0}
      data-section-id={section.id}
      role="heading"
      aria-level={3}
      aria-label={`分节 ${section.heading}`}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      onKeyDown={onKeyDown}
    >
      <Tooltip title="拖动调整分节顺序（本节资料随之移动）；也可选中后按 Alt+↑ / Alt+↓">
        <button type="button" className="casebook-drag-handle" aria-label={`拖动分节：${section.heading}`} {...attributes} {...listeners} tabIndex={-1}>
          <HolderOutlined />
        </button>
      </Tooltip>
      <Typography.Title
        level={5}
        className="casebook-section-title"
        editable={{
          tooltip: '重命名分节',
          onChange: (value) => {
            if (value.trim() && value.trim() !== section.heading) onRename(value);
          },
          text: section.title,
        }}
      >
        {section.heading}
      </Typography.Title>
      <Typography.Text type="secondary" className="casebook-section-count">
        {count} 条
      </Typography.Text>
      <Tooltip title="删除分节标题（本节资料并入上一节）">
        <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={`删除分节：${section.heading}`} onClick={onDelete} />
      </Tooltip>
    </div>
  );
}
