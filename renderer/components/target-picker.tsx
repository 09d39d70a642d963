import { Form, Input, Radio, Select } from 'antd';
import { useState, type ReactNode } from 'react';

export interface TargetChoice {
  mode: 'existing' | 'new';
  setMode: (mode: 'existing' | 'new') => void;
  hasExisting: boolean;
  /** The existing target picked, or offered when none is picked yet. */
  chosen: string | null;
  choose: (id: string) => void;
  newName: string;
  setNewName: (name: string) => void;
}

/**
 * What a dialog that adds to an existing target or a new one has chosen (加入专辑, 引用到草稿). An
 * existing one is offered while there is any: the one used last (`lastId`), else the first.
 */
export function useTargetChoice(existingIds: readonly string[], lastId: string | null): TargetChoice {
  const [mode, setMode] = useState<'existing' | 'new' | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const hasExisting = existingIds.length > 0;
  return {
    mode: mode ?? (hasExisting ? 'existing' : 'new'),
    setMode,
    hasExisting,
    chosen: picked ?? (lastId !== null && existingIds.includes(lastId) ? lastId : (existingIds[0] ?? null)),
    choose: setPicked,
    newName,
    setNewName,
  };
}

/** 已有… or 新建…, then the picker of an existing target or the name of the new one. */
export function TargetPicker({
  label,
  noun,
  target,
  options,
  loading,
  onChoose,
  newLabel,
  newPlaceholder,
  onEnter,
  children,
}: {
  /** The radio pair's label: 加入到, 引用到. */
  label: string;
  /** 专辑, 草稿: the field is “{noun}”, the radios “已有{noun}” and “新建{noun}”, the picker “选择{noun}”. */
  noun: string;
  target: TargetChoice;
  options: { value: string; label: string }[];
  loading: boolean;
  /** Called after an existing target is picked. */
  onChoose?: (id: string) => void;
  newLabel: string;
  newPlaceholder: string;
  /** Enter in the new name submits the dialog. */
  onEnter: () => void;
  /** Further fields for an existing target (分节). */
  children?: ReactNode;
}) {
  return (
    <Form layout="vertical">
      <Form.Item label={label}>
        <Radio.Group value={target.mode} onChange={(event) => target.setMode(event.target.value as 'existing' | 'new')}>
          <Radio value="existing" disabled={!target.hasExisting}>
            {`已有${noun}`}
          </Radio>
          <Radio value="new">{`新建${noun}`}</Radio>
        </Radio.Group>
      </Form.Item>
      {target.mode === 'existing' ? (
        <>
          <Form.Item label={noun}>
            <Select
              aria-label={`选择${noun}`}
              showSearch={{ optionFilterProp: 'label' }}
              value={target.chosen ?? undefined}
              loading={loading}
              onChange={(value: string) => {
                target.choose(value);
                onChoose?.(value);
              }}
              options={options}
            />
          </Form.Item>
          {children}
        </>
      ) : (
        <Form.Item label={newLabel}>
          <Input aria-label={newLabel} placeholder={newPlaceholder} maxLength={200} value={target.newName} onChange={(event) => target.setNewName(event.target.value)} onPressEnter={onEnter} />
        </Form.Item>
      )}
    </Form>
  );
}
