import { Image } from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { App } from 'antd';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { emptyRichText, type CitationAttrs, type RichTextDoc } from '../../../shared/model/rich-text';
import { citationFromElement, CitationNode } from './citation-node';
import { imageFilesFrom, readImageFile } from './image-files';
import { EditorToolbar } from './editor-toolbar';
import { sanitizeHtml } from './sanitize-html';
import './rich-text-editor.css';

export interface RichTextEditorProps {
  /** The stored document; a new object from outside (e.g. a restored version) replaces the content. */
  value: RichTextDoc | null | undefined;
  /** Called with the whole document after each change. Leave out for huge documents and use onDirty + onReady. */
  onChange?: (doc: RichTextDoc) => void;
  /** Called after each change without serialising the document (cheap for 200-page drafts). */
  onDirty?: () => void;
  /** Focus left the editor (a good moment to save). */
  onBlur?: () => void;
  /** The editor instance, for callers that read the document themselves or insert content. */
  onReady?: (editor: Editor | null) => void;
  /** A citation number was clicked (or activated with Enter). */
  onCitationClick?: (citation: CitationAttrs) => void;
  placeholder?: string;
  /** 'full' for drafts (headings, tables, images); 'compact' for short commentary (编者按 / 点评). */
  variant?: 'full' | 'compact';
  ariaLabel: string;
  readOnly?: boolean;
  /** Minimum height of the writing area in pixels. */
  minHeight?: number;
}

export function RichTextEditor({
  value,
  onChange,
  onDirty,
  onBlur,
  onReady,
  onCitationClick,
  placeholder,
  variant = 'full',
  ariaLabel,
  readOnly = false,
  minHeight,
}: RichTextEditorProps) {
  const { message } = App.useApp();
  const lastValue = useRef<RichTextDoc | null | undefined>(value);
  const callbacks = useRef({ onChange, onDirty, onBlur, onCitationClick, message });
  const editorRef = useRef<Editor | null>(null);
  useLayoutEffect(() => {
    callbacks.current = { onChange, onDirty, onBlur, onCitationClick, message };
  });

  const editor = useEditor(
    {
      editable: !readOnly,
      content: value ?? emptyRichText(),
      extensions: [
        StarterKit.configure({
          heading: { levels: variant === 'full' ? [1, 2, 3] : [3] },
          link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] },
          codeBlock: false,
          code: false,
        }),
        Placeholder.configure({ placeholder: placeholder ?? '' }),
        Image.configure({ allowBase64: true, inline: false }),
        TableKit.configure({ table: { resizable: false } }),
        CitationNode,
      ],
      editorProps: {
        attributes: {
          'aria-label': ariaLabel,
          'aria-multiline': 'true',
          role: 'textbox',
          class: `casebook-rich-text casebook-rich-text-${variant}`,
          ...(minHeight ? { style: `min-height:${minHeight}px` } : {}),
        },
        transformPastedHTML: (html) => sanitizeHtml(html),
        handlePaste: (view, event) => {
          const files = imageFilesFrom(event.clipboardData);
          if (files.length === 0) return false;
          event.preventDefault();
          void insertImages(view.state.selection.from, files);
          return true;
        },
        handleDrop: (view, event) => {
          const files = imageFilesFrom((event as DragEvent).dataTransfer);
          if (files.length === 0) return false;
          event.preventDefault();
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
          void insertImages(at, files);
          return true;
        },
        handleDOMEvents: {
          click: (_view, event) => {
            const citation = citationFromElement(event.target);
            if (!citation || !callbacks.current.onCitationClick) return false;
            event.preventDefault();
            callbacks.current.onCitationClick(citation);
            return true;
          },
          keydown: (_view, event) => {
            if (event.key !== 'Enter') return false;
            const citation = citationFromElement(event.target);
            if (!citation || !callbacks.current.onCitationClick) return false;
            event.preventDefault();
            callbacks.current.onCitationClick(citation);
            return true;
          },
        },
      },
      onUpdate: ({ editor: current }) => {
        callbacks.current.onDirty?.();
        if (callbacks.current.onChange) {
          const doc = current.getJSON() as RichTextDoc;
          lastValue.current = doc;
          callbacks.current.onChange(doc);
        }
      },
      onBlur: () => callbacks.current.onBlur?.(),
    },
    [variant, readOnly],
  );

  async function insertImages(position: number, files: File[]) {
    for (const file of files) {
      const result = await readImageFile(file);
      if (!result.ok) {
        void callbacks.current.message.error(result.message);
        continue;
      }
      const current = editorRef.current;
      if (!current) return;
      current.chain().focus().insertContentAt(Math.min(position, current.state.doc.content.size), { type: 'image', attrs: { src: result.dataUrl, alt: file.name.replace(/\.[^.]+$/, '') } }).run();
    }
  }

  // A different document from outside (another draft, a restored version) replaces the content.
  useEffect(() => {
    if (!editor || value === lastValue.current) return;
    lastValue.current = value;
    editor.commands.setContent(value ?? emptyRichText(), { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editorRef.current = editor;
    onReady?.(editor);
    return () => onReady?.(null);
  }, [editor, onReady]);

  return (
    <div className={`casebook-editor casebook-editor-${variant}${readOnly ? ' casebook-editor-readonly' : ''}`}>
      {!readOnly && editor && <EditorToolbar editor={editor} variant={variant} onPickImages={(files) => void insertImages(editor.state.selection.from, files)} />}
      <EditorContent editor={editor} className="casebook-editor-content" />
    </div>
  );
}
