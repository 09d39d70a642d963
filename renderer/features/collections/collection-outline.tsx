import { closestCenter, DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import type { CollectionDetail } from '../../../shared/model/collection';
import { api, errorMessage } from '../../app/api-client';
import { useUndoable } from '../../app/use-undoable';
import { CollectionItemCard } from './collection-item-card';
import { collectionKeys, useCacheCollection } from './collection-queries';
import { CollectionSectionHeader } from './collection-section-header';
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

/** Sections and items of a collection: drag and drop (dnd-kit) and Alt+↑/↓, each move one intent. */
export function CollectionOutline({ detail }: { detail: CollectionDetail }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const cache = useCacheCollection();
  const undoable = useUndoable();
  const rows = useMemo(() => outlineRows(detail), [detail]);
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

  const removeItem = (itemId: string, title: string) => {
    const index = rows.findIndex((row) => row.type === 'item' && row.id === itemId);
    return undoable({
      run: async () => {
        const result = await api['collections.removeItems']({ collectionId: detail.id, itemIds: [itemId] });
        cache(result.collection);
        const neighbour = rows.slice(index + 1).find((row) => row.type === 'item') ?? rows.slice(0, index).reverse().find((row) => row.type === 'item');
        if (neighbour) focusAfter.current = `[data-item-id="${neighbour.id}"]`;
        return result;
      },
      done: () => `已把“${title}”移出专辑`,
    });
  };

  const numbers = new Map(rows.filter((row) => row.type === 'item').map((row, index) => [row.id, index + 1]));
  return (
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
                onStep={(direction) => {
                  const move = stepItem(rows, item.id, direction);
                  if (!move) return;
                  const from = rows.indexOf(row);
                  focusAfter.current = `[data-item-id="${item.id}"]`;
                  void moveItem(move, moveRow(rows, from, from + direction));
                }}
                onMoveToSection={(sectionId) => void moveItem({ itemId: item.id, sectionId, afterItemId: [...rows].reverse().find((entry) => entry.type === 'item' && entry.sectionId === sectionId && entry.id !== item.id)?.id ?? null }, null)}
                onRemove={() => void removeItem(item.id, item.title)}
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
  );
}
