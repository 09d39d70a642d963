import { ClockCircleOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, Input, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Suggestion } from '../../../shared/model/search';
import type { SearchHistoryEntry } from '../../../shared/model/search-extras';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys } from '../../app/queries';

const GROUP_LABELS: Record<Suggestion['type'], string> = {
  document: '资料',
  collection: '专辑',
  tag: '标签',
  practice: '做法名称',
  issuer: '发文机关',
  region: '地区',
};
const GROUP_ORDER: Suggestion['type'][] = ['document', 'collection', 'practice', 'tag', 'issuer', 'region'];

/** Keeps the latest value after the user pauses typing. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

function optionValue(suggestion: Suggestion): string {
  return `${suggestion.type}\u0000${suggestion.documentId ?? suggestion.collectionId ?? ''}\u0000${suggestion.label}`;
}

const RECENT_SHOWN = 8;

/** 最近搜索: the newest queries (those containing what is typed), with 清除 at the end. */
function historyOptions(entries: readonly SearchHistoryEntry[], typed: string) {
  const matching = entries.filter((entry) => entry.query !== typed && (typed === '' || entry.query.includes(typed)));
  if (matching.length === 0) return null;
  const options: { value: string; label: ReactNode; recent?: string; clearHistory?: boolean }[] = matching
    .slice(0, typed === '' ? RECENT_SHOWN : 4)
    .map((entry) => ({
      value: `history\u0000${entry.query}`,
      recent: entry.query,
      label: (
        <span style={{ display: 'flex', gap: 8, alignItems: 'center', minWidth: 0 }}>
          <ClockCircleOutlined style={{ color: '#a09a92' }} />
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{entry.query}</span>
        </span>
      ),
    }));
  if (typed === '') {
    options.push({
      value: 'history\u0000\u0000clear',
      clearHistory: true,
      label: <Typography.Text type="secondary" style={{ fontSize: 12 }}>清除最近搜索</Typography.Text>,
    });
  }
  return { label: '最近搜索', options };
}

/**
 * The search box in the top bar: 最近搜索 when it gets the focus, suggestions while typing (titles,
 * collections, tags, practice names, issuers, regions); Enter runs the full-text search (and
 * remembers it); picking a document or collection suggestion opens it directly.
 */
export function SearchBox({ inputRef }: { inputRef: RefObject<InputRef | null> }) {
  const navigation = useNavigation();
  const currentQuery = navigation.view.name === 'search' ? navigation.view.query : '';
  const [text, setText] = useState(currentQuery);
  const [open, setOpen] = useState(false);
  const justSelected = useRef(false);
  const prefix = useDebounced(text.trim(), 120);

  // The box shows what the current view is: a search's own query (also when a facet or a saved
  // search changed it), and nothing on 全部资料, 查重, 回收站 and the other views.
  const [shownView, setShownView] = useState(navigation.view);
  if (shownView !== navigation.view) {
    setShownView(navigation.view);
    setText(currentQuery);
  }

  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const history = useQuery({
    queryKey: queryKeys.searchHistory,
    queryFn: () => api['searchHistory.list']({ limit: 50 }),
    staleTime: 60_000,
  });

  const suggestions = useQuery({
    queryKey: queryKeys.suggest(prefix),
    queryFn: () => api['search.suggest']({ prefix, limit: 12 }),
    enabled: prefix.length > 0,
    // Writes do not invalidate suggestions (collections.*, tags.*): ask again whenever shown.
    staleTime: 0,
    placeholderData: (previous) => previous,
  });

  const options = useMemo(() => {
    const list = prefix.length > 0 ? (suggestions.data ?? []) : [];
    const recent = historyOptions(history.data ?? [], text.trim());
    const groups = GROUP_ORDER.map((type) => ({
      label: GROUP_LABELS[type],
      options: list
        .filter((suggestion) => suggestion.type === type)
        .map((suggestion) => ({
          value: optionValue(suggestion),
          suggestion,
          label: (
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, minWidth: 0 }}>
              <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{suggestion.label}</span>
              {suggestion.detail && (
                <Typography.Text type="secondary" style={{ fontSize: 12, flexShrink: 0, maxWidth: '45%' }} ellipsis>
                  {suggestion.detail}
                </Typography.Text>
              )}
            </div>
          ),
        })),
    })).filter((group) => group.options.length > 0);
    return recent ? [recent, ...groups] : groups;
  }, [prefix, suggestions.data, history.data, text]);

  const remember = (query: string) => {
    void api['searchHistory.add']({ query }).then(() => queryClient.invalidateQueries({ queryKey: queryKeys.searchHistory }));
  };

  const runSearch = (query: string) => {
    const trimmed = query.trim();
    setOpen(false);
    if (trimmed.length === 0) {
      // An empty search leaves the results and goes back to the library.
      if (navigation.view.name === 'search') navigation.showLibrary();
      return;
    }
    remember(trimmed);
    navigation.showSearch(trimmed);
  };

  const pick = (suggestion: Suggestion) => {
    justSelected.current = true;
    window.setTimeout(() => {
      justSelected.current = false;
    }, 50);
    setOpen(false);
    if (suggestion.type === 'document' && suggestion.documentId) {
      navigation.openDocument(suggestion.documentId, []);
    } else if (suggestion.type === 'collection' && suggestion.collectionId) {
      navigation.showCollections(suggestion.collectionId);
    } else if (suggestion.type === 'tag') {
      navigation.showLibrary({ tag: suggestion.label });
    } else {
      setText(suggestion.label);
      navigation.showSearch(suggestion.label);
    }
  };

  return (
    <AutoComplete
      value={text}
      options={options}
      open={open && options.length > 0}
      defaultActiveFirstOption={false}
      popupMatchSelectWidth={480}
      onChange={(value: string) => {
        if (value.includes('\u0000')) return; // an option's value, handled by onSelect
        setText(value);
        setOpen(true);
      }}
      onSelect={(_value: string, option: unknown) => {
        const picked = option as { suggestion?: Suggestion; recent?: string; clearHistory?: boolean };
        if (picked.suggestion) pick(picked.suggestion);
        if (picked.recent !== undefined) {
          justSelected.current = true;
          window.setTimeout(() => {
            justSelected.current = false;
          }, 50);
          setText(picked.recent);
          runSearch(picked.recent);
        }
        if (picked.clearHistory) {
          justSelected.current = true;
          window.setTimeout(() => {
            justSelected.current = false;
          }, 50);
          setOpen(false);
          void modal.confirm({
            title: '清除全部最近搜索？',
            content: '只清除检索框里的搜索记录，保存的搜索和资料不受影响。',
            okText: '清除',
            cancelText: '取消',
            onOk: () => api['searchHistory.clear']({}).then(() => queryClient.invalidateQueries({ queryKey: queryKeys.searchHistory })),
          });
        }
      }}
      onOpenChange={(next) => {
        if (!next) setOpen(false);
      }}
      style={{ width: '100%', maxWidth: 560 }}
    >
      <Input
        ref={inputRef}
        allowClear
        aria-label="检索资料"
        prefix={<SearchOutlined style={{ color: '#9a948c' }} />}
        placeholder="检索标题、正文、做法名称、发文机关…（Ctrl+K）"
        onPressEnter={() => {
          const value = text;
          // Let a suggestion picked with the same Enter win.
          window.setTimeout(() => {
            if (!justSelected.current) runSearch(value);
          }, 0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
        onFocus={() => setOpen(true)}
      />
    </AutoComplete>
  );
}
