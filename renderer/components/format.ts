/** Small formatting helpers for the UI; all output is zh-CN. */

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** An ISO timestamp as local time, "2024-11-15 14:03". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Joins the parts that are known with " · ", e.g. "2024-11-15 · 温州市鹿城区 · 鹿城区住建局". */
export function joinKnown(parts: readonly (string | null | undefined)[], separator = ' · '): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim().length > 0).join(separator);
}
