import { FolderAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { NewCollectionItem } from '../../../shared/model/collection';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { useActionMessage } from '../../app/use-action-message';
import { FormError } from '../../components/form-error';
import { TargetPicker, useTargetChoice } from '../../components/target-picker';
import { collectionKeys, folderPath, useCacheCollection, useCollectionList } from './collection-queries';
import { UNSECTIONED_LABEL } from './collection-selection-bar';

export interface DocumentChoice {
  id: string;
  title: string;
}

/** The collection added to last, offered first next time. */
let lastCollectionId: string | null = null;
/** Per collection, the section added into last (null: 未分节), offered first next time. */
const lastSectionIds = new Map<string, string | null>();
/** The 分节 picker's value for 未分节 (a Select value cannot be null). */
const UNSECTIONED = 'unsectioned';

/**
 * 加入专辑: documents (or one excerpt) into an existing collection, at the end or into a section, or
 * into a new one. With `choices` the user ticks which of them to add (search results).
 */
export function AddToCollectionDialog({
  items,
  choices,
  title,
  preview,
  onClose,
}: {
  items?: NewCollectionItem[];
  choices?: DocumentChoice[];
  title: string;
  /** The quoted passage of an excerpt, shown above the choices. */
  preview?: string;
  onClose: (done: boolean) => void;
}) {
  const navigation = useNavigation();
  const showMessage = useActionMessage();
  const cache = useCacheCollection();
  const list = useCollectionList();
  const collections = list.data?.collections ?? [];
  const target = useTargetChoice(collections.map((item) => item.id), lastCollectionId);
  const [pickedSection, setPickedSection] = useState<{ collectionId: string; sectionId: string | null } | null>(null);
  const [ticked, setTicked] = useState<string[]>(() => (choices ?? []).map((choice) => choice.id));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const { mode, chosen, newName } = target;
  const detail = useQuery({
    queryKey: collectionKeys.detail(chosen ?? ''),
    queryFn: () => api['collections.get']({ id: chosen ?? '' }),
    enabled: mode === 'existing' && chosen !== null,
  });
  const sections = detail.data?.sections ?? [];
  // Into the section picked here, else the one this collection was added into last, else 未分节; always at its end.
  const offered = pickedSection !== null && pickedSection.collectionId === chosen ? pickedSection.sectionId : chosen !== null ? (lastSectionIds.get(chosen) ?? null) : null;
  const sectionId = offered !== null && detail.data && !sections.some((section) => section.id === offered) ? null : offered;
  const adding: NewCollectionItem[] = items ?? ticked.map((documentId) => ({ kind: 'document', documentId }));
  // One document (the reader): say which collections already hold it.
  const single = items?.length === 1 && items[0]!.kind !== 'draft' ? items[0]!.documentId : null;
  const containing = useQuery({
    queryKey: collectionKeys.containing(single ?? ''),
    queryFn: () => api['collections.containing']({ documentId: single ?? '' }),
    enabled: single !== null,
  });
  const holding = new Set((containing.data ?? []).map((entry) => entry.collectionId));
  const alreadyIn = new Set((detail.data?.items ?? []).filter((item) => item.kind === 'document').map((item) => item.documentId));

  const submit = async () => {
    setError(null);
    if (adding.length === 0) return setError('请至少勾选一份资料');
    if (mode === 'existing' && !chosen) return setError('请选择专辑');
    if (mode === 'new' && !newName.trim()) return setError('请填写新专辑的名称');
    setBusy(true);
    try {
      const targetId = mode === 'new' ? (await api['collections.create']({ name: newName })).id : chosen!;
      const result = await api['collections.addItems']({
        collectionId: targetId,
        items: adding,
        sectionId: mode === 'existing' ? sectionId : null,
      });
      cache(result.collection);
      lastCollectionId = targetId;
      lastSectionIds.set(targetId, mode === 'existing' ? sectionId : null);
      showMessage(
        <>
          {result.added.length > 0 ? `已加入专辑“${result.collection.name}”（${result.added.length} 条）` : `这些资料已在专辑“${result.collection.name}”中`}
          {result.skipped > 0 && result.added.length > 0 ? `，${result.skipped} 份已在其中` : ''}
        </>,
        {
          label: '打开专辑',
          onClick: () => {
            navigation.closeReader();
            navigation.showCollections(targetId);
          },
        },
        6,
      );
      onClose(true);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={title} okText="加入专辑" cancelText="取消" confirmLoading={busy} onOk={() => void submit()} onCancel={() => onClose(false)} destroyOnHidden>
      {preview && <blockquote className="casebook-item-excerpt casebook-excerpt-preview">{preview.length > 300 ? `${preview.slice(0, 300)}…` : preview}</blockquote>}
      {choices && (
        <div className="casebook-collection-choices" role="group" aria-label="要加入的资料">
          <Checkbox
            checked={ticked.length === choices.length}
            indeterminate={ticked.length > 0 && ticked.length < choices.length}
            onChange={(event) => setTicked(event.target.checked ? choices.map((choice) => choice.id) : [])}
          >
            全选（{ticked.length}/{choices.length}）
          </Checkbox>
          <Checkbox.Group value={ticked} onChange={(values) => setTicked(values.map(String))} style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 6 }}>
            {choices.map((choice) => (
              <Checkbox key={choice.id} value={choice.id}>
                {choice.title}
                {alreadyIn.has(choice.id) && <Typography.Text type="secondary">（已在专辑中）</Typography.Text>}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </div>
      )}
      <TargetPicker
        label="加入到"
        noun="专辑"
        target={target}
        options={collections.map((item) => {
          const path = folderPath(list.data, item.folderId);
          return { value: item.id, label: `${path ? `${path} / ` : ''}${item.name}（${item.itemCount} 条${holding.has(item.id) ? '，已收录这份资料' : ''}）` };
        })}
        loading={list.isPending}
        newLabel="新专辑名称"
        newPlaceholder="例如：支部书记培训·第三讲 党建联建"
        onEnter={() => void submit()}
      >
        {sections.length > 0 && chosen !== null && (
          <Form.Item label="加入分节" extra="加在所选部分的末尾；下次向这个专辑加入时默认还是这里。">
            <Select
              aria-label="选择分节"
              value={sectionId ?? UNSECTIONED}
              onChange={(value: string) => setPickedSection({ collectionId: chosen, sectionId: value === UNSECTIONED ? null : value })}
              options={[
                { value: UNSECTIONED, label: UNSECTIONED_LABEL },
                ...sections.map((section) => ({ value: section.id, label: section.heading })),
              ]}
            />
          </Form.Item>
        )}
      </TargetPicker>
      <FormError error={error} />
    </Modal>
  );
}

/** 加入专辑 for a list's selection or the reader's document. */
export function AddToCollectionButton({ ids, onDone, size }: { ids: string[]; onDone?: () => void; size?: 'small' | 'middle' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<FolderAddOutlined />} size={size} onClick={() => setOpen(true)}>
        加入专辑
      </Button>
      {open && (
        <AddToCollectionDialog
          title={ids.length === 1 ? '加入专辑' : `把 ${ids.length} 份资料加入专辑`}
          items={ids.map((documentId) => ({ kind: 'document', documentId }))}
          onClose={(done) => {
            setOpen(false);
            if (done) onDone?.();
          }}
        />
      )}
    </>
  );
}

/** 加入专辑 over search results: the hits of this page, ticked by default. */
export function AddHitsToCollectionButton({ hits }: { hits: DocumentChoice[] }) {
  const [open, setOpen] = useState(false);
  if (hits.length === 0) return null;
  return (
    <>
      <Button icon={<FolderAddOutlined />} onClick={() => setOpen(true)}>
        加入专辑
      </Button>
      {open && <AddToCollectionDialog title="把检索结果加入专辑" choices={hits} onClose={() => setOpen(false)} />}
    </>
  );
}
