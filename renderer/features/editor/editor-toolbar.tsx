import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  TableOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { useEditorState, type Editor } from '@tiptap/react';
import { Button, Divider, Dropdown, Select, Tooltip } from 'antd';
import { useRef, type ReactNode } from 'react';
import { IS_MAC, MOD } from '../../components/mod-key';


interface ToolButtonProps {
  label: string;
  shortcut?: string;
  icon: ReactNode;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
}

function ToolButton({ label, shortcut, icon, active, disabled, onClick }: ToolButtonProps) {
  return (
    <Tooltip title={shortcut ? `${label}（${shortcut}）` : label} mouseEnterDelay={0.4}>
      <Button
        size="small"
        type={active ? 'primary' : 'text'}
        ghost={active}
        icon={icon}
        aria-label={label}
        aria-pressed={active ?? undefined}
        disabled={disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
      />
    </Tooltip>
  );
}

type BlockStyle = 'paragraph' | 'h1' | 'h2' | 'h3';

export function EditorToolbar({
  editor,
  variant,
  onPickImages,
}: {
  editor: Editor;
  variant: 'full' | 'compact';
  onPickImages: (files: File[]) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      table: current.isActive('table'),
      block: (current.isActive('heading', { level: 1 })
        ? 'h1'
        : current.isActive('heading', { level: 2 })
          ? 'h2'
          : current.isActive('heading', { level: 3 })
            ? 'h3'
            : 'paragraph') as BlockStyle,
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  const setBlock = (style: BlockStyle) => {
    if (style === 'paragraph') chain().setParagraph().run();
    else chain().toggleHeading({ level: Number(style.slice(1)) as 1 | 2 | 3 }).run();
  };

  return (
    <div className="casebook-editor-toolbar" role="toolbar" aria-label="格式工具栏">
      {variant === 'full' && (
        <>
          <Tooltip title={`段落样式（标题：${MOD}+Alt+1/2/3，正文：${MOD}+Alt+0）`} mouseEnterDelay={0.4}>
            <Select<BlockStyle>
              size="small"
              aria-label="段落样式"
              value={state.block}
              style={{ width: 92 }}
              onChange={setBlock}
              options={[
                { value: 'paragraph', label: '正文' },
                { value: 'h1', label: '标题 1' },
                { value: 'h2', label: '标题 2' },
                { value: 'h3', label: '标题 3' },
              ]}
            />
          </Tooltip>
          <Divider orientation="vertical" />
        </>
      )}
      <ToolButton label="加粗" shortcut={`${MOD}+B`} icon={<BoldOutlined />} active={state.bold} onClick={() => chain().toggleBold().run()} />
      <ToolButton label="倾斜" shortcut={`${MOD}+I`} icon={<ItalicOutlined />} active={state.italic} onClick={() => chain().toggleItalic().run()} />
      <Divider orientation="vertical" />
      <ToolButton
        label="项目符号列表"
        shortcut={`${MOD}+Shift+8`}
        icon={<UnorderedListOutlined />}
        active={state.bulletList}
        onClick={() => chain().toggleBulletList().run()}
      />
      <ToolButton
        label="编号列表"
        shortcut={`${MOD}+Shift+7`}
        icon={<OrderedListOutlined />}
        active={state.orderedList}
        onClick={() => chain().toggleOrderedList().run()}
      />
      <ToolButton
        label="引文（块引用）"
        shortcut={`${MOD}+Shift+B`}
        icon={<span className="casebook-editor-quote-icon">“”</span>}
        active={state.blockquote}
        onClick={() => chain().toggleBlockquote().run()}
      />
      {variant === 'full' && (
        <>
          <Divider orientation="vertical" />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'insert', label: '插入表格（3 行 3 列）', disabled: state.table },
                { type: 'divider' },
                { key: 'rowAfter', label: '在下方插入行', disabled: !state.table },
                { key: 'colAfter', label: '在右侧插入列', disabled: !state.table },
                { key: 'deleteRow', label: '删除所在行', disabled: !state.table },
                { key: 'deleteCol', label: '删除所在列', disabled: !state.table },
                { key: 'deleteTable', label: '删除表格', danger: true, disabled: !state.table },
              ],
              onClick: ({ key }) => {
                const actions: Record<string, () => void> = {
                  insert: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
                  rowAfter: () => chain().addRowAfter().run(),
                  colAfter: () => chain().addColumnAfter().run(),
                  deleteRow: () => chain().deleteRow().run(),
                  deleteCol: () => chain().deleteColumn().run(),
                  deleteTable: () => chain().deleteTable().run(),
                };
                actions[key]?.();
              },
            }}
          >
            <Tooltip title="表格" mouseEnterDelay={0.4}>
              <Button size="small" type={state.table ? 'primary' : 'text'} ghost={state.table} icon={<TableOutlined />} aria-label="表格" />
            </Tooltip>
          </Dropdown>
          <ToolButton label="插入图片（也可直接粘贴或拖入）" icon={<PictureOutlined />} onClick={() => fileInput.current?.click()} />
          <input
            ref={fileInput}
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp,image/bmp"
            multiple
            hidden
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = '';
              if (files.length > 0) onPickImages(files);
            }}
          />
        </>
      )}
      <Divider orientation="vertical" />
      <ToolButton label="撤销" shortcut={`${MOD}+Z`} icon={<UndoOutlined />} disabled={!state.canUndo} onClick={() => chain().undo().run()} />
      <ToolButton
        label="重做"
        shortcut={IS_MAC ? '⌘+Shift+Z' : 'Ctrl+Y'}
        icon={<RedoOutlined />}
        disabled={!state.canRedo}
        onClick={() => chain().redo().run()}
      />
    </div>
  );
}
