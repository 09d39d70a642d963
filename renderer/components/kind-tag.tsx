import { Tag } from 'antd';
import { KIND_LABELS, type DocumentKind } from '../../shared/model/document';

export const KIND_COLORS: Record<DocumentKind, string> = {
  policy: 'red',
  case: 'gold',
  practice: 'green',
  news: 'blue',
};

/** The kind of a document as a small coloured tag: 政策文件, 典型案例, 支部做法, 新闻报道. */
export function KindTag({ kind }: { kind: DocumentKind }) {
  return (
    <Tag color={KIND_COLORS[kind]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {KIND_LABELS[kind]}
    </Tag>
  );
}
