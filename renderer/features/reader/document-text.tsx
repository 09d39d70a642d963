import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TextRange } from '../../../shared/model/search-extras';
import { HighlightedText, termsPattern } from '../../components/highlighted-text';
import { isTypingTarget } from '../../components/is-typing-target';
import { RangesText } from './ranges-text';

/** Enter steps to the next match and Shift+Enter to the previous one, unless a field or button has the key. */
function isStepKey(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (isTypingTarget(target)) return false;
  return !target?.closest('button, a, [role="button"], [role="link"], .ant-modal, .ant-dropdown, .ant-select');
}

/**
 * The cleaned text of a document, paragraphs and line breaks kept (white-space: pre-wrap). It is
 * always plain text: imported material is untrusted and is never rendered as HTML. Matches of the
 * current search are marked (by the engine's `ranges` when given, else by the words in `terms`)
 * and stepped through with 上一处/下一处 or Enter / Shift+Enter.
 */
export function DocumentText({ text, terms, ranges }: { text: string; terms: readonly string[]; ranges?: readonly TextRange[] | null }) {
  const container = useRef<HTMLDivElement>(null);
  const matchCount = useMemo(() => {
    if (ranges) return ranges.length;
    const pattern = termsPattern(terms);
    if (!pattern) return 0;
    let count = 0;
    for (const _match of text.matchAll(pattern)) count += 1;
    return count;
  }, [text, terms, ranges]);
  const [current, setCurrent] = useState(0);

  useEffect(() => {
    const marks = container.current?.querySelectorAll('mark[data-match]');
    if (!marks || marks.length === 0) return;
    marks.forEach((mark, index) => mark.classList.toggle('casebook-mark-current', index === current));
    marks[Math.min(current, marks.length - 1)]?.scrollIntoView({ block: 'center' });
  }, [current, text, terms, ranges]);

  const step = useCallback(
    (delta: number) => setCurrent((index) => (matchCount === 0 ? 0 : (index + delta + matchCount) % matchCount)),
    [matchCount],
  );

  useEffect(() => {
    if (matchCount < 2) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isStepKey(event)) return;
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [matchCount, step]);

  const searching = ranges ? ranges.length > 0 || terms.length > 0 : terms.length > 0;
  const label = terms.length > 0 ? `“${terms.join('”“')}”` : '检索词';

  return (
    <div>
      {searching && (
        <Flex align="center" gap={8} className="casebook-match-bar">
          <Typography.Text type="secondary" style={{ fontSize: 13 }} aria-live="polite">
            {matchCount > 0 ? (
              <>
                高亮{label}：第 <span data-testid="match-position">{Math.min(current, matchCount - 1) + 1} / {matchCount}</span> 处
              </>
            ) : (
              <>正文中没有找到{label}（可能出现在标题或信息中）</>
            )}
          </Typography.Text>
          {matchCount > 1 && (
            <>
              <Tooltip title="上一处（Shift+Enter）">
                <Button size="small" icon={<UpOutlined />} aria-label="上一处" onClick={() => step(-1)} />
              </Tooltip>
              <Tooltip title="下一处（Enter）">
                <Button size="small" icon={<DownOutlined />} aria-label="下一处" onClick={() => step(1)} />
              </Tooltip>
            </>
          )}
        </Flex>
      )}
      <div ref={container} className="casebook-document-text" aria-label="正文">
        {text.length === 0 ? (
          <Typography.Text type="secondary">（没有正文）</Typography.Text>
        ) : ranges ? (
          <RangesText text={text} ranges={ranges} />
        ) : (
          <HighlightedText text={text} terms={terms} />
        )}
      </div>
    </div>
  );
}
