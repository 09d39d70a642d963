import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { HighlightedText, termsPattern } from '../../components/highlighted-text';

/**
 * The cleaned text of a document, paragraphs and line breaks kept (white-space: pre-wrap). It is
 * always plain text: imported material is untrusted and is never rendered as HTML.
 */
export function DocumentText({ text, terms }: { text: string; terms: readonly string[] }) {
  const container = useRef<HTMLDivElement>(null);
  const matchCount = useMemo(() => {
    const pattern = termsPattern(terms);
    if (!pattern) return 0;
    let count = 0;
    for (const _match of text.matchAll(pattern)) count += 1;
    return count;
  }, [text, terms]);
  const [current, setCurrent] = useState(0);

  useEffect(() => {
    const marks = container.current?.querySelectorAll('mark[data-match]');
    if (!marks || marks.length === 0) return;
    marks.forEach((mark, index) => mark.classList.toggle('casebook-mark-current', index === current));
    marks[Math.min(current, marks.length - 1)]?.scrollIntoView({ block: 'center' });
  }, [current, text, terms]);

  const step = (delta: number) => setCurrent((index) => (index + delta + matchCount) % matchCount);

  return (
    <div>
      {terms.length > 0 && (
        <Flex align="center" gap={8} className="casebook-match-bar">
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {matchCount > 0 ? (
              <>
                高亮“{terms.join('”“')}”：第 {Math.min(current, matchCount - 1) + 1} / {matchCount} 处
              </>
            ) : (
              <>正文中没有找到“{terms.join('”“')}”（可能出现在标题或信息中）</>
            )}
          </Typography.Text>
          {matchCount > 1 && (
            <>
              <Button size="small" icon={<UpOutlined />} aria-label="上一处" onClick={() => step(-1)} />
              <Button size="small" icon={<DownOutlined />} aria-label="下一处" onClick={() => step(1)} />
            </>
          )}
        </Flex>
      )}
      <div ref={container} className="casebook-document-text" aria-label="正文">
        {text.length > 0 ? <HighlightedText text={text} terms={terms} /> : <Typography.Text type="secondary">（没有正文）</Typography.Text>}
      </div>
    </div>
  );
}
