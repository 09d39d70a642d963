import {
  FIELD_LABELS,
  KIND_LABELS,
  LEVEL_LABELS,
  STATUS_LABELS,
  type DocumentKind,
  type DocumentMetaField,
  type PolicyLevel,
  type PolicyStatus,
} from '../../../shared/model/document';

/** A metadata value as the user reads it: kind/level/status in Chinese, unknown as "—". */
export function displayValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = String(value);
  if (field === 'kind') return KIND_LABELS[text as DocumentKind] ?? text;
  if (field === 'level') return LEVEL_LABELS[text as PolicyLevel] ?? text;
  if (field === 'status') return STATUS_LABELS[text as PolicyStatus] ?? text;
  return text;
}

const EXTRA_FIELD_LABELS: Record<string, string> = {
  tags: '标签',
  deletedAt: '回收站',
  text: '正文',
  mergedFrom: '合并（查重）',
  mergedInto: '合并到',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field as DocumentMetaField] ?? EXTRA_FIELD_LABELS[field] ?? field;
}
