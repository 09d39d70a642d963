import { BulbOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { MATCH_LABELS, type TagSuggestion, type TermSuggestion } from '../../../shared/model/tag-rule';
import { api } from '../../app/api-client';
import { queryKeys, useWrite } from '../../app/queries';

/** Terms shown before 还有 N 个提法: the most frequent come first. */
const FEW_TERMS = 5;

function ruleHint(suggestion: TagSuggestion): string {
  const rule = suggestion.rule ? `标签规则：${MATCH_LABELS[suggestion.rule.match]}“${suggestion.rule.pattern}”` : '标签规则（已删除）';
  return suggestion.hits.length > 0 ? `${rule}；命中：${suggestion.hits.join('、')}` : rule;
}

function SuggestionRow({ label, hint, name, busy, onAdopt, onDismiss }: { label: ReactNode; hint: string; name: string; busy: boolean; onAdopt: () => void; onDismiss: () => void }) {
  return (
    <Flex align="center" gap={4} role="listitem" aria-label={`建议：${name}`} style={{ minWidth: 0 }}>
      <Tooltip title={hint} placement="left">
        <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: 13 }}>{label}</span>
      </Tooltip>
      <Button size="small" type="link" disabled={busy} onClick={onAdopt} aria-label={`采用“${name}”`} style={{ paddingInline: 4 }}>
        采用
      </Button>
      <Button size="small" type="text" disabled={busy} onClick={onDismiss} aria-label={`忽略“${name}”`} style={{ paddingInline: 4, color: '#8c8780' }}>
        忽略
      </Button>
    </Flex>
  );
}

/**
 * 建议: tags that a suggest-only rule offered at import, and named practices and slogans found in
 * quotation marks (文中提法). One click adopts (the term becomes a tag) or dismisses for good.
 */
export function DocumentSuggestions({ documentId }: { documentId: string }) {
  const { message } = App.useApp();
  const suggestions = useQuery({ queryKey: queryKeys.suggestions(documentId), queryFn: () => api['documents.suggestions']({ id: documentId }) });
  const adopt = useWrite('documents.applySuggestion');
  const dismiss = useWrite('documents.dismissSuggestion');
  const [allTerms, setAllTerms] = useState(false);
  const busy = adopt.isPending || dismiss.isPending;
  const data = suggestions.data;
  if (!data || (data.tags.length === 0 && data.terms.length === 0)) return null;

  const onAdopt = (suggestionId: number, tagPath: string) =>
    adopt.mutate({ id: documentId, suggestionId }, { onSuccess: () => void message.success(`已加标签“${tagPath}”`) });
  const onDismiss = (suggestionId: number) => dismiss.mutate({ id: documentId, suggestionId });
  const termHint = (term: TermSuggestion) => `文中用引号标出的做法或提法。采用后加标签“${term.tagPath}”。`;

  return (
    <section aria-label="建议" style={{ marginTop: 10, padding: '8px 10px', background: '#fbf8f2', border: '1px dashed #e4d9c6', borderRadius: 6 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <BulbOutlined /> 建议
      </Typography.Text>
      {data.tags.length > 0 && (
        <div role="list" aria-label="建议标签">
          {data.tags.map((tag) => (
            <SuggestionRow key={tag.id} name={tag.tagPath} label={tag.tagPath} hint={ruleHint(tag)} busy={busy} onAdopt={() => onAdopt(tag.id, tag.tagPath)} onDismiss={() => onDismiss(tag.id)} />
          ))}
        </div>
      )}
      {data.terms.length > 0 && (
        <div role="list" aria-label="文中提法" style={{ marginTop: data.tags.length > 0 ? 6 : 0 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            文中提法
          </Typography.Text>
          {(allTerms ? data.terms : data.terms.slice(0, FEW_TERMS)).map((term) => (
            <SuggestionRow key={term.id} name={term.term} label={`“${term.term}”`} hint={termHint(term)} busy={busy} onAdopt={() => onAdopt(term.id, term.tagPath)} onDismiss={() => onDismiss(term.id)} />
          ))}
          {data.terms.length > FEW_TERMS && (
            <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={() => setAllTerms(!allTerms)}>
              {allTerms ? '收起' : `还有 ${data.terms.length - FEW_TERMS} 个提法`}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
