import {
  BookOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  FilterOutlined,
  SearchOutlined,
  StarOutlined,
  TagsOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Input, Modal, Typography, type InputRef } from 'antd';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Suggestion } from '../../../shared/model/search';
import type { SavedSearch } from '../../../shared/model/search-extras';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';
import { HighlightedText } from '../../components/highlighted-text';
import { usePaletteCommands, type PaletteCommand } from './palette-commands';
import { filterByMatch, foldForMatch } from './palette-match';
import './command-palette.css';

type PaletteItem =
  | { key: string; group: string; kind: 'command'; command: PaletteCommand }
  | { key: string; group: string; kind: 'suggestion'; suggestion: Suggestion }
  | { key: string; group: string; kind: 'saved'; saved: SavedSearch }
  | { key: string; group: string; kind: 'search'; query: string };

const SUGGESTION_GROUPS: Record<Suggestion['type'], string> = {
  document: '资料',
  collection: '专辑',
  tag: '标签',
  practice: '做法名称',
  issuer: '发文机关',
  region: '地区',
};

const SUGGESTION_ICONS: Record<Suggestion['type'], ReactNode> = {
  document: <FileTextOutlined />,
  collection: <BookOutlined />,
  tag: <TagsOutlined />,
  practice: <StarOutlined />,
  issuer: <FilterOutlined />,
  region: <EnvironmentOutlined />,
};

/** Keeps the latest value after the user pauses typing. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

function itemIcon(item: PaletteItem): ReactNode {
  if (item.kind === 'command') return item.command.icon;
  if (item.kind === 'suggestion') return SUGGESTION_ICONS[item.suggestion.type];
  if (item.kind === 'saved') return <StarOutlined />;
  return <SearchOutlined />;
}

function itemLabel(item: PaletteItem): string {
  if (item.kind === 'command') return item.command.label;
  if (item.kind === 'suggestion') return item.suggestion.label;
  if (item.kind === 'saved') return item.saved.name;
  return `在全文中检索“${item.query}”`;
}

function itemDetail(item: PaletteItem): string | null {
  if (item.kind === 'command') return item.command.hint ?? null;
  if (item.kind === 'suggestion') return item.suggestion.detail;
  if (item.kind === 'saved') return item.saved.query;
  return 'Enter';
}

/** Commands, then suggestions by kind, then saved searches; the full-text search last. */
function buildItems(commands: readonly PaletteCommand[], suggestions: readonly Suggestion[], saved: readonly SavedSearch[], typed: string): PaletteItem[] {
  const items: PaletteItem[] = filterByMatch(commands, typed).map((command) => ({ key: `command:${command.id}`, group: '命令', kind: 'command', command }));
  if (typed === '') return items;
  // Kinds in the order of their best suggestion (the engine ranks what starts with the typed text first).
  const kinds = [...new Set(suggestions.map((suggestion) => suggestion.type))];
  for (const type of kinds) {
    const group = SUGGESTION_GROUPS[type];
    for (const suggestion of suggestions) {
      if (suggestion.type !== type) continue;
      items.push({ key: `${type}:${suggestion.documentId ?? suggestion.collectionId ?? suggestion.label}`, group, kind: 'suggestion', suggestion });
    }
  }
  const savedItems = filterByMatch(
    saved.map((entry) => ({ label: entry.name, keywords: [entry.query], entry })),
    typed,
  );
  for (const { entry } of savedItems.slice(0, 5)) items.push({ key: `saved:${entry.id}`, group: '保存的搜索', kind: 'saved', saved: entry });
  items.push({ key: 'search', group: '', kind: 'search', query: typed });
  return items;
}

/** The modal's content; mounted afresh each time the palette opens (empty box, first item active). */
function PaletteBody({ commands, onDone }: { commands: PaletteCommand[]; onDone: (restoreFocus: boolean) => void }) {
  const navigation = useNavigation();
  const queryClient = useQueryClient();
  const input = useRef<InputRef>(null);
  const list = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const typed = text.trim();
  const prefix = useDebounced(typed, 80);

  const suggestions = useQuery({
    queryKey: queryKeys.suggest(prefix),
    queryFn: () => api['search.suggest']({ prefix, limit: 12 }),
    enabled: prefix.length > 0,
    // Writes do not invalidate suggestions (a collection renamed a moment ago): ask again when shown.
    staleTime: 0,
  });
  const saved = useQuery({ queryKey: queryKeys.savedSearches, queryFn: () => api['savedSearches.list']({}) });

  // Suggestions answer for what was typed a moment ago; they are shown only while it is still typed.
  const shown = prefix === typed ? suggestions.data : undefined;
  const items = useMemo(() => buildItems(commands, shown ?? [], saved.data ?? [], typed), [commands, shown, saved.data, typed]);
  const waiting = typed !== '' && (prefix !== typed || suggestions.isFetching);
  const nothing = typed !== '' && !waiting && items.every((item) => item.kind === 'search');
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));
  const optionId = (index: number) => `${baseId}-option-${index}`;

  useEffect(() => {
    list.current?.querySelector(`[data-index="${activeIndex}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const run = (item: PaletteItem | undefined) => {
    if (!item) return;
    if (item.kind === 'command') {
      onDone(item.command.focus === 'restore');
      item.command.run();
      return;
    }
    if (item.kind === 'saved') {
      onDone(true);
      navigation.showSearch(item.saved.query, item.saved.sort);
      return;
    }
    if (item.kind === 'search') {
      onDone(true);
      void api['searchHistory.add']({ query: item.query }).then(() => queryClient.invalidateQueries({ queryKey: queryKeys.searchHistory }));
      navigation.showSearch(item.query);
      return;
    }
    const { suggestion } = item;
    if (suggestion.type === 'document' && suggestion.documentId) {
      onDone(false); // the reader takes the focus
      navigation.openDocument(suggestion.documentId, []);
    } else if (suggestion.type === 'collection' && suggestion.collectionId) {
      onDone(true);
      navigation.showCollections(suggestion.collectionId);
    } else if (suggestion.type === 'tag') {
      onDone(true);
      navigation.showLibrary({ tag: suggestion.label });
    } else {
      onDone(true);
      navigation.showSearch(suggestion.label);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys that choose among the IME's candidates are not ours.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + items.length) % items.length);
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      const step = event.key === 'PageDown' ? 8 : -8;
      setActive(Math.max(0, Math.min(items.length - 1, activeIndex + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(items[activeIndex]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation(); // not the reader's Esc as well
      onDone(true);
    }
  };

  const terms = typed === '' ? [] : foldForMatch(typed).split(' ');
  const option = (item: PaletteItem, index: number) => {
    const detail = itemDetail(item);
    return (
      <div
        key={item.key}
        id={optionId(index)}
        data-index={index}
        role="option"
        aria-selected={index === activeIndex}
        className={`casebook-palette-option${index === activeIndex ? ' casebook-palette-option-active' : ''}`}
        onMouseMove={() => {
          if (index !== activeIndex) setActive(index);
        }}
        onMouseDown={(event) => event.preventDefault()} // keep the focus in the text box
        onClick={() => run(item)}
      >
        <span className="casebook-palette-icon" aria-hidden>
          {itemIcon(item)}
        </span>
        <span className="casebook-palette-label">
          <HighlightedText text={itemLabel(item)} terms={item.kind === 'search' ? [] : terms} />
        </span>
        {detail && <span className="casebook-palette-detail">{detail}</span>}
      </div>
    );
  };
  // Runs of items of one group, each under its heading; the full-text search has none.
  const groups: { name: string; entries: { item: PaletteItem; index: number }[] }[] = [];
  items.forEach((item, index) => {
    const last = groups[groups.length - 1];
    if (last && last.name === item.group) last.entries.push({ item, index });
    else groups.push({ name: item.group, entries: [{ item, index }] });
  });
  const empty = (
    <div className="casebook-palette-empty" role="status">
      没有匹配的命令或资料
    </div>
  );

  return (
    <div className="casebook-palette">
      <Input
        ref={input}
        autoFocus
        size="large"
        variant="borderless"
        className="casebook-palette-input"
        prefix={<SearchOutlined style={{ color: '#9a948c' }} />}
        placeholder="输入命令，或资料标题、专辑、标签…"
        aria-label="命令面板：输入命令或资料名称"
        role="combobox"
        aria-expanded
        aria-controls={`${baseId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={items.length > 0 ? optionId(activeIndex) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {(nothing || items.length === 0) && empty}
      <div ref={list} id={`${baseId}-list`} role="listbox" aria-label="命令与资料" className="casebook-palette-list">
        {groups.map((group) =>
          group.name ? (
            <div key={group.name} role="group" aria-label={group.name}>
              <div className="casebook-palette-group" aria-hidden>
                {group.name}
              </div>
              {group.entries.map(({ item, index }) => option(item, index))}
            </div>
          ) : (
            group.entries.map(({ item, index }) => option(item, index))
          ),
        )}
      </div>
      <Typography.Text type="secondary" className="casebook-palette-footer">
        <span>↑ ↓ 选择</span>
        <span>Enter 执行</span>
        <span>Esc 关闭</span>
        <span className="casebook-palette-footer-end">Ctrl+Shift+P 随时打开</span>
      </Typography.Text>
    </div>
  );
}

/**
 * 命令面板 (Ctrl+Shift+P): the app's commands and screens, and the documents, collections and tags
 * the search-as-you-type engine suggests for what is typed; ↑↓ choose, Enter runs, Esc closes and
 * gives the focus back. Dialogs a command opens stay mounted here after the palette closes.
 */
export function CommandPalette({ open, onClose, libraryIsEmpty }: { open: boolean; onClose: () => void; libraryIsEmpty: boolean }) {
  const { commands, dialogs } = usePaletteCommands({ libraryIsEmpty });
  const [restoreFocus, setRestoreFocus] = useState(true);
  const [wasOpen, setWasOpen] = useState(open);
  // Each opening starts afresh (empty box), even while the last one is still fading out.
  const [session, setSession] = useState(0);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setRestoreFocus(true);
      setSession(session + 1);
    }
  }

  return (
    <>
      <Modal
        open={open}
        title="命令面板"
        className="casebook-command-palette"
        width={640}
        style={{ top: 72 }}
        closable={false}
        footer={null}
        keyboard={false}
        destroyOnHidden
        focusable={{ focusTriggerAfterClose: restoreFocus }}
        onCancel={onClose}
      >
        <PaletteBody
          key={session}
          commands={commands}
          onDone={(restore) => {
            setRestoreFocus(restore);
            onClose();
          }}
        />
      </Modal>
      {dialogs}
    </>
  );
}
