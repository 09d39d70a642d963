import { Alert } from 'antd';

/**
 * A Word file or saved web page as the engine made it safe: in a frame sandboxed without
 * allow-scripts (nothing in it runs, submits or navigates the window), whose own policy (in the
 * HTML, shared/model/original-view.ts) loads nothing but the images inlined in it. The frame has no
 * allow-same-origin either, so even a script that slipped through could not reach the window.
 */
export function PageFrame({ html, notes, title, from }: { html: string; notes: string[]; title: string; from: 'word' | 'web' }) {
  return (
    <div className="casebook-page-frame">
      <Alert
        type="info"
        showIcon
        title={from === 'web' ? '网页按保存时的样子显示（只读）：其中的脚本、表单和外部链接已停用，不会联网。' : notes[0] ?? 'Word 文件以只读方式显示。'}
        description={from === 'web' && notes.length > 0 ? notes.join(' ') : undefined}
        style={{ marginBottom: 8 }}
      />
      <iframe title={title} sandbox="" referrerPolicy="no-referrer" srcDoc={html} className="casebook-page-frame-view" />
    </div>
  );
}
