import { Input } from 'antd';
import { useState } from 'react';
import type { CollectionDetail } from '../../../shared/model/collection';
import { api, errorMessage } from '../../app/api-client';
import { App } from 'antd';
import { useCacheCollection } from './collection-queries';

type Field = 'coverTitle' | 'coverSubtitle' | 'description';

/**
 * One field of a collection, saved on its own when focus leaves (or Enter in a one-line field), so
 * two windows editing different fields both keep their change; a newer value from elsewhere shows
 * up while this field is not being edited.
 */
export function CollectionField({ detail, field, label, placeholder, multiline = false, maxLength }: { detail: CollectionDetail; field: Field; label: string; placeholder: string; multiline?: boolean; maxLength: number }) {
  const { message } = App.useApp();
  const cache = useCacheCollection();
  const stored = detail[field];
  const [value, setValue] = useState(stored);
  const [editing, setEditing] = useState(false);
  const [shownStored, setShownStored] = useState(stored);
  if (shownStored !== stored) {
    setShownStored(stored);
    if (!editing) setValue(stored);
  }

  const save = async () => {
    setEditing(false);
    if (value === stored) return;
    try {
      cache(await api['collections.update']({ id: detail.id, set: { [field]: value } }));
    } catch (cause) {
      void message.error(errorMessage(cause));
    }
  };
  const common = {
    'aria-label': label,
    placeholder,
    value,
    maxLength,
    onFocus: () => setEditing(true),
    onBlur: () => void save(),
  };
  return multiline ? (
    <Input.TextArea {...common} autoSize={{ minRows: 2, maxRows: 8 }} onChange={(event) => setValue(event.target.value)} />
  ) : (
    <Input {...common} onChange={(event) => setValue(event.target.value)} onPressEnter={(event) => (event.target as HTMLInputElement).blur()} />
  );
}
