import { App, Input } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CollectionDetail } from '../../../shared/model/collection';
import { api, errorMessage } from '../../app/api-client';
import type { SaveStatus } from '../../app/autosave';
import { useAutosave } from '../../app/use-autosave';
import { SaveIndicator } from '../drafts/save-indicator';
import { useCacheCollection } from './collection-queries';

type Field = 'coverTitle' | 'coverSubtitle' | 'description';

const SAVE_DELAY_MS = 800;

interface FieldState {
  status: SaveStatus;
  savedAt: string | null;
}

/** The cover title, subtitle and description of a collection, with one 已保存 / 保存中 state for the three. */
export function CollectionCover({ detail }: { detail: CollectionDetail }) {
  const [states, setStates] = useState<Partial<Record<Field, FieldState>>>({});
  const report = useCallback(
    (field: Field, state: FieldState) =>
      setStates((old) => (old[field]?.status === state.status && old[field]?.savedAt === state.savedAt ? old : { ...old, [field]: state })),
    [],
  );
  const all = Object.values(states);
  const status: SaveStatus = (['error', 'saving', 'pending'] as const).find((wanted) => all.some((state) => state.status === wanted)) ?? 'saved';
  const savedAt = all.reduce<string | null>((latest, state) => (state.savedAt && (!latest || state.savedAt > latest) ? state.savedAt : latest), null);
  return (
    <div className="casebook-collection-cover" aria-label="封面与说明" role="group">
      <div className="casebook-cover-fields">
        <label>
          <span>封面标题</span>
          <CollectionField detail={detail} field="coverTitle" label="封面标题" placeholder={detail.name} maxLength={200} onState={report} />
        </label>
        <label>
          <span>封面副标题</span>
          <CollectionField detail={detail} field="coverSubtitle" label="封面副标题" placeholder="例如：××区住房和城乡建设局 2025年3月" maxLength={200} onState={report} />
        </label>
      </div>
      <label>
        <span>说明</span>
        <CollectionField detail={detail} field="description" label="专辑说明" placeholder="这本专辑收录什么、给谁用，例如：供支部书记专题培训第三讲使用" multiline maxLength={20000} onState={report} />
      </label>
      <div className="casebook-cover-status">
        <SaveIndicator status={status} savedAt={savedAt} />
      </div>
    </div>
  );
}

/**
 * One field of a collection, saved on its own (a moment after typing stops, when focus leaves or on
 * Enter, when the window is hidden or closes) so two windows editing different fields both keep
 * their change; a newer value from elsewhere shows up while this field is idle.
 */
function CollectionField({
  detail,
  field,
  label,
  placeholder,
  multiline = false,
  maxLength,
  onState,
}: {
  detail: CollectionDetail;
  field: Field;
  label: string;
  placeholder: string;
  multiline?: boolean;
  maxLength: number;
  onState: (field: Field, state: FieldState) => void;
}) {
  const { message } = App.useApp();
  const cache = useCacheCollection();
  const stored = detail[field];
  const typed = useRef<string | null>(null);
  const autosave = useAutosave<string>({
    localKey: `casebook.unsavedCollectionField.${detail.id}.${field}`,
    stored,
    debounceMs: SAVE_DELAY_MS,
    read: () => typed.current,
    send: async (text) => {
      cache(await api['collections.update']({ id: detail.id, set: { [field]: text } }));
    },
    onError: (cause) => void message.error(`${label}没有保存，稍后自动重试：${errorMessage(cause)}`),
  });
  const [value, setValue] = useState(autosave.recovered ?? stored);
  const [editing, setEditing] = useState(false);
  const [shownStored, setShownStored] = useState(stored);
  if (shownStored !== stored) {
    setShownStored(stored);
    if (!editing && autosave.status === 'saved') setValue(stored);
  }

  const { status, savedAt } = autosave;
  useEffect(() => onState(field, { status, savedAt }), [onState, field, status, savedAt]);

  const change = (text: string) => {
    typed.current = text;
    setValue(text);
    autosave.markDirty();
  };
  const common = {
    'aria-label': label,
    placeholder,
    value,
    maxLength,
    onFocus: () => setEditing(true),
    onBlur: () => {
      setEditing(false);
      void autosave.flush();
    },
  };
  return multiline ? (
    <Input.TextArea {...common} autoSize={{ minRows: 2, maxRows: 8 }} onChange={(event) => change(event.target.value)} />
  ) : (
    <Input {...common} onChange={(event) => change(event.target.value)} onPressEnter={(event) => (event.target as HTMLInputElement).blur()} />
  );
}
