import { DeleteOutlined, HolderOutlined, MoreOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Checkbox, Dropdown, Flex, Tag, Tooltip, Typography, type MenuProps } from 'antd';
import type { KeyboardEvent, MouseEvent } from 'react';
import { ITEM_KIND_LABELS, type CollectionItem, type CollectionSection } from '../../../shared/model/collection';
import { useNavigation } from '../../app/navigation';
import { joinKnown } from '../../components/format';
import { isTypingTarget } from '../../components/is-typing-target';
import { KindTag } from '../../components/kind-tag';
import { UNSECTIONED_LABEL } from './collection-selection-bar';
import { ItemCommentary } from './item-commentary';
import { rowKey } from '../../../shared/model/collection-outline';

export interface ItemCardProps {
  collectionId: string;
  item: CollectionItem;
  number: number;
  sections: CollectionSection[];
  selected: boolean;
  /** A click on the card or its box: alone selects it, with Ctrl/Cmd toggles it, with Shift selects a run. */
  onSelect: (keys: { shift: boolean; toggle: boolean }) => void;
  onStep: (direction: -1 | 1) => void;
  onMoveToSection: (sectionId: string | null) => void;
  /** The card's 移出专辑 button: this item only. */
  onRemove: () => void;
  /** Delete on the card: the selection when the card is part of it, else this item. */
  onDeleteKey: () => void;
  onRestoreSource: () => void;
}

/** Clicks on these keep their own meaning (open, edit, tick) and leave the selection alone. */
const OWN_CLICK = 'button, a, input, label, textarea, [contenteditable="true"], .casebook-commentary';

function ownsClick(target: EventTarget | null, card: HTMLElement): boolean {
  // A menu or tooltip of the card sits elsewhere in the page, yet its clicks reach the card through React.
  if (!(target instanceof Element) || !card.contains(target)) return true;
  const owner = target.closest(OWN_CLICK);
  return owner !== null && card.contains(owner);
}

function metaLine(item: CollectionItem): string {
  const doc = item.document;
  if (doc) return joinKnown([doc.date, doc.region, doc.issuer ?? doc.source ?? doc.organization, doc.docNumber]);
  if (item.draft) return `草稿 · 修改于 ${item.draft.updatedAt.slice(0, 10)}`;
  return '';
}

/** One item of a collection: drag handle, number, source and its metadata, excerpt, commentary. */
export function CollectionItemCard({ collectionId, item, number, sections, selected, onSelect, onStep, onMoveToSection, onRemove, onDeleteKey, onRestoreSource }: ItemCardProps) {
  const navigation = useNavigation();
  const { setNodeRef, transform, transition, attributes, listeners, isDragging } = useSortable({ id: rowKey('item', item.id) });
  const open = () => {
    if (item.status === 'missing') return;
    if (item.kind === 'draft' && item.draftId) navigation.showDrafts(item.draftId);
    else if (item.documentId) navigation.openDocument(item.documentId, [], item.excerpt ? { start: item.excerpt.start, end: item.excerpt.end, quote: item.excerpt.text } : undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || isTypingTarget(event.target)) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      onStep(event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open();
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onDeleteKey();
    } else if (event.key === ' ') {
      event.preventDefault();
      onSelect({ shift: event.shiftKey, toggle: true });
    }
  };
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (ownsClick(event.target, event.currentTarget)) return;
    // Shift-click selects items, not the text between them.
    if (event.shiftKey) window.getSelection()?.removeAllRanges();
    onSelect({ shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey });
  };
  const moveItems: MenuProps['items'] = [
    { key: 'top', label: UNSECTIONED_LABEL, disabled: item.sectionId === null, onClick: () => onMoveToSection(null) },
    ...sections.map((section) => ({ key: section.id, label: section.heading, disabled: item.sectionId === section.id, onClick: () => onMoveToSection(section.id) })),
  ];
  const line = metaLine(item);
  return (
    <article
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition: transition }}
      className={`casebook-collection-item${isDragging ? ' is-dragging' : ''}${item.status !== 'ok' ? ' is-missing' : ''}${selected ? ' is-selected' : ''}`}
      tabIndex={0}
      data-item-id={item.id}
      data-selected={selected ? 'true' : undefined}
      aria-label={`第 ${number} 条：${item.title}`}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Enter Delete Space"
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <Tooltip title="拖动排序；也可选中这一条后按 Alt+↑ / Alt+↓">
        <button type="button" className="casebook-drag-handle" aria-label={`拖动排序：${item.title}`} {...attributes} {...listeners} tabIndex={-1}>
          <HolderOutlined />
        </button>
      </Tooltip>
      <Checkbox
        className="casebook-item-check"
        aria-label={`选择：${item.title}`}
        checked={selected}
        tabIndex={-1}
        onChange={(event) => onSelect({ shift: event.nativeEvent.shiftKey, toggle: true })}
      />
      <span className="casebook-item-number">{number}</span>
      <div className="casebook-item-body">
        <Flex align="center" gap={8} wrap>
          {item.document && <KindTag kind={item.document.kind} />}
          {item.kind !== 'document' && <Tag color={item.kind === 'excerpt' ? 'purple' : 'cyan'}>{ITEM_KIND_LABELS[item.kind]}</Tag>}
          <Typography.Link className="casebook-item-title" onClick={open} disabled={item.status === 'missing'}>
            {item.title}
          </Typography.Link>
          {item.status === 'trashed' && (
            <Tag color="warning">
              已删除（在回收站中）
              <Button type="link" size="small" onClick={onRestoreSource} style={{ height: 'auto', padding: '0 0 0 6px' }}>
                恢复
              </Button>
            </Tag>
          )}
          {item.status === 'missing' && <Tag color="error">缺失：原{item.kind === 'draft' ? '草稿' : '资料'}已彻底删除</Tag>}
        </Flex>
        {line && <div className="casebook-item-meta">{line}</div>}
        {item.excerpt && (
          <blockquote className="casebook-item-excerpt" aria-label="摘录">
            {item.excerpt.text}
          </blockquote>
        )}
        <ItemCommentary collectionId={collectionId} item={item} />
      </div>
      <div className="casebook-item-actions">
        {sections.length > 0 && (
          <Dropdown menu={{ items: moveItems }} trigger={['click']}>
            <Tooltip title="移到分节">
              <Button type="text" size="small" icon={<MoreOutlined />} aria-label={`移到分节：${item.title}`} />
            </Tooltip>
          </Dropdown>
        )}
        <Tooltip title="移出专辑（Delete）">
          <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={`移出专辑：${item.title}`} onClick={onRemove} />
        </Tooltip>
      </div>
    </article>
  );
}
