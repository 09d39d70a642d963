/** Tags are hierarchical paths such as 一强一优五提升/权益保障提升; "/" separates the levels. */
export const TAG_SEPARATOR = '/';

export interface TagNode {
  id: number;
  path: string;
  name: string;
  description: string | null;
  /** Documents (not in the trash) carrying this tag itself. */
  count: number;
  /** Distinct documents (not in the trash) carrying this tag or one of its sub-tags. */
  totalCount: number;
  children: TagNode[];
}

/** Trim each level, fold full-width slashes, drop empty levels: " 主题 ／党建联建 " → "主题/党建联建". */
export function normalizeTagPath(raw: string): string {
  return raw
    .replace(/[／\\]/g, TAG_SEPARATOR)
    .split(TAG_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .join(TAG_SEPARATOR);
}

export function tagName(path: string): string {
  const parts = path.split(TAG_SEPARATOR);
  return parts[parts.length - 1] ?? path;
}

export function parentTagPath(path: string): string | null {
  const index = path.lastIndexOf(TAG_SEPARATOR);
  return index < 0 ? null : path.slice(0, index);
}
