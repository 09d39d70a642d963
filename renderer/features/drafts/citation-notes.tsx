import { Tag, Typography } from 'antd';
import type { DraftCitation } from '../../../shared/model/draft';
import { inQuotes } from '../../../shared/model/quotation';

const STATUS_TAGS: Record<DraftCitation['status'], { color: string; label: string } | null> = {
  ok: null,
  trashed: { color: 'orange', label: '原文在回收站' },
  missing: { color: 'default', label: '原文已删除' },
};

/** 引用出处: the endnotes of a draft, numbered as in the text, each opening its source at the passage. */
export function CitationNotes({ citations, onOpen }: { citations: DraftCitation[]; onOpen: (citation: DraftCitation) => void }) {
  if (citations.length === 0) {
    return (
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '12px 4px' }}>
        还没有引用。在阅读资料时选中一段文字，点“引用到草稿”，引文和出处会出现在这里。
      </Typography.Paragraph>
    );
  }
  return (
    <section className="casebook-citation-notes" aria-label="引用出处">
      <Typography.Title level={5} style={{ fontSize: 14, margin: '0 0 8px' }}>
        引用出处
      </Typography.Title>
      <ol>
        {citations.map((citation) => {
          const status = STATUS_TAGS[citation.status];
          return (
            <li key={`${citation.number}-${citation.citationId}`} value={citation.number}>
              <button
                type="button"
                className="casebook-citation-note"
                disabled={citation.status === 'missing'}
                onClick={() => onOpen(citation)}
                title={citation.status === 'missing' ? '原文已被彻底删除，无法打开' : '打开原文并定位到引用的段落'}
              >
                <span className="casebook-citation-note-title">《{citation.title}》</span>
                {[citation.source, citation.date].filter(Boolean).map((part) => (
                  <span key={part} className="casebook-citation-note-meta">
                    ，{part}
                  </span>
                ))}
              </button>
              {status && (
                <Tag color={status.color} style={{ marginInlineStart: 6 }}>
                  {status.label}
                </Tag>
              )}
              <div className="casebook-citation-note-quote">{inQuotes(citation.quote.replace(/\s+/g, ' '), 80)}</div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
