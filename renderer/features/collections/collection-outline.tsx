import { closestCenter, DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { CollectionDetail } from '../../../shared/model/collection';
import { api, errorMessage } from '../../app/api-client';
import { useUndoable } from '../../app/use-undoable';
import { isTypingTarget } from '../../components/is-typing-target';
import { CollectionItemCard } from './collection-item-card';
import { collectionKeys, useCacheCollection } from './collection-queries';
import { CollectionSectionHeader } from './collection-section-header';
import { CollectionSelectionBar } from './collection-selection-bar';
import { useItemSelection } from './use-item-selection';
import { itemMoveAt, moveRow, outlineRows, sectionMoveAt, stepItem, stepSection, type ItemMove, type OutlineRow, type SectionMove } from '../../../shared/model/collection-outline';

/** The detail as it will look after a move, shown at once while the engine applies the intent. */
function reordered(detail: CollectionDetail, rows: readonly OutlineRow[]): CollectionDetail {
  const byItem = new Map(detail.items.map((item) => [item.id, item]));
  const bySection = new Map(detail.sections.map((section) => [section.id, section]));
  let current: string | null = null;
  const items: CollectionDetail['items'] = [];
  const sections: CollectionDetail['sections'] = [];
  for (const row of rows) {
    if (row.type === 'section') {
      current = row.id;
      const section = bySection.get(row.id);
      if (section) sections.push(section);
    } else {
      const item = byItem.get(row.id);
      if (item) items.push({ ...item, sectionId: current });
    }
  }
  return { ...detail, items, sections };
}

/** Keys from these (menus and dialogs opened from the list) are theirs, not the list's. */
const POPUPS = '.ant-dropdown, .ant-select-dropdown, .ant-modal, .ant-popover';

/**
 * Sections and items of a collection: drag and drop (dnd-kit) and Alt+↑/↓, each move one intent;
 * items selected by click, Shift-click, Ctrl/Cmd-click or Ctrl+A move or leave together.
 */
export function CollectionOutline({ detail }: { detail: CollectionDetail }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const cache = useCacheCollection();
  const undoable = useUndoable();
  const rows = useMemo(() => outlineRows(detail), [detail]);
  const itemIds = useMemo(() => rows.flatMap((row) => (row.type === 'item' ? [row.id] : [])), [rows]);
  const selection = useItemSelection(itemIds);
  const focusAfter = useRef<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));

  useEffect(() => {
    const selector = focusAfter.current;
    if (!selector) return;
    focusAfter.current = null;
    document.querySelector<HTMLElement>(selector)?.focus();
  }, [detail]);

  const run = async (optimistic: CollectionDetail | null, write: () => Promise<CollectionDetail>) => {
    if (optimistic) queryClient.setQueryData(collectionKeys.detail(detail.id), optimistic);
    try {
      cache(await write());
    } catch (cause) {
      void message.error(errorMessage(cause));
      void queryClient.invalidateQueries({ queryKey: collectionKeys.detail(detail.id) });
    }
  };

  const moveItem = (move: ItemMove, nextRows: OutlineRow[] | null) =>
    run(nextRows ? reordered(detail, nextRows) : null, () => api['collections.moveItem']({ collectionId: detail.id, ...move }));
  const moveSection = (move: SectionMove, nextRows: OutlineRow[] | null) =>
    run(nextRows ? reordered(detail, nextRows) : null, () => api['collections.moveSection']({ collectionId: detail.id, ...move }));

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = rows.findIndex((row) => row.key === active.id);
    const to = rows.findIndex((row) => row.key === over.id);
    if (from < 0 || to < 0) return;
    const next = moveRow(rows, from, to);
    const row = rows[from]!;
    if (row.type === 'item') {
      const move = itemMoveAt(next, to);
      if (move) void moveItem(move, next);
    } else {
      const move = sectionMoveAt(next, to);
      // A heading carries its items along: the optimistic view is left to the engine's answer.
      if (move) void moveSection(move, null);
    }
  };

  /** 移出专辑 (one item or the selection); focus goes to the item after them, 撤销 puts them back selected. */
  const removeItems = (ids: readonly string[], done: string) => {
    const gone = new Set(ids);
    const first = rows.findIndex((row) => row.type === 'item' && gone.has(row.id));
    const last = rows.findLastIndex((row) => row.type === 'item' && gone.has(row.id));
    return undoable({
      run: async () => {
        const result = await api['collections.removeItems']({ collectionId: detail.id, itemIds: [...ids] });
        cache(result.collection);
        const neighbour =
          rows.slice(last + 1).find((row) => row.type === 'item' && !gone.has(row.id)) ??
          rows.slice(0, Math.max(first, 0)).reverse().find((row) => row.type === 'item');
        if (neighbour) focusAfter.current = `[data-item-id="${neighbour.id}"]`;
        if (ids.length > 1) selection.clear();
        return result;
      },
      done: () => done,
      onUndone: () => {
        if (ids.length > 1) selection.select(ids);
      },
    });
  };
  const removeOne = (item: { id: string; title: string }) => void removeItems([item.id], `已把“${item.title}”移出专辑`);
  const removeSelected = () => void removeItems(selection.ids, `已把 ${selection.ids.length} 条移出专辑`);

  /** 移到分节 for the selection: together, in reading order, last in the section; one 撤销 puts all back. */
  const moveSelected = (sectionId: string | null) => {
    const ids = selection.ids;
    const heading = sectionId === null ? '未分节' : (detail.sections.find((section) => section.id === sectionId)?.heading ?? '');
    return undoable({
      run: async () => {
        const result = await api['collections.moveItems']({ collectionId: detail.id, itemIds: ids, sectionId });
        // Show where they went: the section may be a screen or more away from where they were picked.
        if (result.moved > 0) focusAfter.current = `[data-item-id="${ids[0]}"]`;
        cache(result.collection);
        return result;
      },
      done: (result) => (result.moved > 0 ? `已把 ${result.moved} 条移到“${heading}”` : `所选各条已在“${heading}”中`),
      undone: '已撤销移动，各条回到原处',
    });
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (isTypingTarget(event.target) || (event.target instanceof Element && event.target.closest(POPUPS))) return;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      selection.selectAll();
    } else if (event.key === 'Escape' && selection.ids.length > 0) {
      event.preventDefault();
      selection.clear();
    }
  };

  const sectionsOfSelected = new Set(detail.items.filter((item) => selection.has(item.id)).map((item) => item.sectionId));

  const numbers = new Map(rows.filter((row) => row.type === 'item').map((row, index) => [row.id, index + 1]));
  return (
    <div className="casebook-collection-items" onKeyDown={onListKeyDown}>
      <CollectionSelectionBar
        total={itemIds.length}
        selectedCount={selection.ids.length}
        sections={detail.sections}
        sectionsOfSelected={sectionsOfSelected}
        onSelectAll={selection.selectAll}
        onClear={selection.clear}
        onMove={(sectionId) => void moveSelected(sectionId)}
        onRemove={removeSelected}
      />
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={rows.map((row) => row.key)} strategy={verticalListSortingStrategy}>
          <div className="casebook-collection-outline" role="group" aria-label="专辑内容">
            {rows.map((row) => {
              if (row.type === 'section') {
                const section = detail.sections.find((entry) => entry.id === row.id)!;
                return (
                  <CollectionSectionHeader
                    key={row.key}
                    section={section}
                    count={detail.items.filter((item) => item.sectionId === section.id).length}
                    onStep={(direction) => {
                      const move = stepSection(rows, section.id, direction);
                      if (!move) return;
                      focusAfter.current = `[data-section-id="${section.id}"]`;
                      void moveSection(move, null);
                    }}
                    onRename={(title) => void run(null, () => api['collections.renameSection']({ collectionId: detail.id, sectionId: section.id, title }))}
                    onDelete={() =>
                      modal.confirm({
                        title: `删除分节“${section.heading}”？`,
                        content: '只删除分节标题，本节的资料和点评会并入上一节，不会移出专辑。',
                        okText: '删除分节',
                        cancelText: '取消',
                        onOk: () => run(null, () => api['collections.deleteSection']({ collectionId: detail.id, sectionId: section.id })),
                      })
                    }
                  />
                );
              }
              const item = detail.items.find((entry) => entry.id === row.id)!;
              return (
                <CollectionItemCard
                  key={row.key}
                  collectionId={detail.id}
                  item={item}
                  number={numbers.get(item.id) ?? 0}
                  sections={detail.sections}
                  selected={selection.has(item.id)}
                  onSelect={(keys) => selection.click(item.id, keys)}
                  onStep={(direction) => {
                    const move = stepItem(rows, item.id, direction);
                    if (!move) return;
                    const from = rows.indexOf(row);
                    focusAfter.current = `[data-item-id="${item.id}"]`;
                    void moveItem(move, moveRow(rows, from, from + direction));
                  }}
                  onMoveToSection={(sectionId) => void moveItem({ itemId: item.id, sectionId, afterItemId: [...rows].reverse().find((entry) => entry.type === 'item' && entry.sectionId === sectionId && entry.id !== item.id)?.id ?? null }, null)}
                  onRemove={() => removeOne(item)}
                  onDeleteKey={() => (selection.has(item.id) && selection.ids.length > 1 ? removeSelected() : removeOne(item))}
                  onRestoreSource={() =>
                    void (item.documentId ? api['documents.restore']({ ids: [item.documentId] }) : item.draftId ? api['drafts.restore']({ ids: [item.draftId] }) : Promise.resolve())
                      .then(() => queryClient.invalidateQueries())
                      .then(() => message.success('已恢复原资料'))
                      .catch((cause: unknown) => message.error(errorMessage(cause)))
                  }
                />
              );
            })}
          </div>
        </SortableContext>
      </DndContext>
    </div>
  );
}
