import { Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';

/**
 * Lines that 文字识别 found on a page image, with their boxes in that image's pixels (the shape of
 * shared/model/ocr.ts's OcrPage, kept structural here so the viewer does not depend on how OCR runs).
 */
export interface RecognisedLine {
  text: string;
  box: { x: number; y: number; width: number; height: number };
  confidence: number;
}
export interface RecognisedPage {
  page: number;
  width: number;
  height: number;
  lines: RecognisedLine[];
}

/** A line picked in the list or on the image: its page (from 1) and its place in the page's lines. */
export interface PickedLine {
  page: number;
  line: number;
}

const samePick = (a: PickedLine | null, page: number, line: number) => a !== null && a.page === page && a.line === line;

/**
 * The boxes of a recognised page over its picture, placed in percent of the page so they follow any
 * zoom. A click on a box picks its line (the list beside shows it); the picked box is drawn strong.
 */
export function LineBoxes({ page, picked, onPick, uncertainBelow }: { page: RecognisedPage; picked: PickedLine | null; onPick: (pick: PickedLine) => void; uncertainBelow: number }) {
  return (
    <div className="casebook-line-boxes" aria-label={`第 ${page.page} 页识别出的文字行`}>
      {page.lines.map((line, index) => {
        const isPicked = samePick(picked, page.page, index);
        return (
          <button
            key={index}
            type="button"
            className={`casebook-line-box${isPicked ? ' casebook-line-box-picked' : ''}${line.confidence < uncertainBelow ? ' casebook-line-box-uncertain' : ''}`}
            style={{
              left: `${(line.box.x / page.width) * 100}%`,
              top: `${(line.box.y / page.height) * 100}%`,
              width: `${(line.box.width / page.width) * 100}%`,
              height: `${(line.box.height / page.height) * 100}%`,
            }}
            aria-label={`识别行：${line.text}`}
            aria-pressed={isPicked}
            onClick={() => onPick({ page: page.page, line: index })}
          />
        );
      })}
    </div>
  );
}

/**
 * 识别的文字: a page's recognised lines in reading order, 不确定 where the recogniser was unsure. A
 * click picks the line and its box is shown on the image; a box picked on the image is scrolled to here.
 */
export function RecognisedLinesPanel({ page, picked, onPick, uncertainBelow }: { page: RecognisedPage | null; picked: PickedLine | null; onPick: (pick: PickedLine) => void; uncertainBelow: number }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!picked || !list.current) return;
    const item = list.current.querySelector<HTMLElement>(`[data-line="${picked.line}"]`);
    if (!item) return;
    const view = list.current.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) list.current.scrollTop += box.top - view.top - list.current.clientHeight / 3;
  }, [picked]);
  return (
    <aside className="casebook-recognised-lines" aria-label="识别的文字">
      <Typography.Text strong style={{ display: 'block', padding: '8px 10px 4px' }}>
        识别的文字{page ? `（第 ${page.page} 页）` : ''}
      </Typography.Text>
      {!page || page.lines.length === 0 ? (
        <Typography.Text type="secondary" style={{ display: 'block', padding: '0 10px' }}>
          {page ? '这一页没有识别出文字。' : '这一页有文字层，无需识别。'}
        </Typography.Text>
      ) : (
        <ol ref={list}>
          {page.lines.map((line, index) => {
            const isPicked = samePick(picked, page.page, index);
            return (
              <li key={index} data-line={index}>
                <button type="button" className={`casebook-recognised-line${isPicked ? ' casebook-recognised-line-picked' : ''}`} aria-pressed={isPicked} onClick={() => onPick({ page: page.page, line: index })}>
                  {line.text}
                  {line.confidence < uncertainBelow && (
                    <Tag color="warning" style={{ marginInlineStart: 6 }}>
                      不确定
                    </Tag>
                  )}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
