import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Button, Flex, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { DocumentRecord } from '../../../shared/model/document';
import { normalizeTagPath } from '../../../shared/model/tag';
import { api } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { queryKeys, useWrite } from '../../app/queries';
import { useUndoable } from '../../app/use-undoable';
import { flattenTags, matchTagOptions } from '../tags/tag-paths';

const NEW_TAG = '\u0000new:';

/** The tags of one document: remove with × (撤销 in the message), add from the tag tree (autocomplete) or as a new tag. */
export function DocumentTags({ doc }: { doc: DocumentRecord }) {
  const tags = useQuery({ queryKey: queryKeys.tags, queryFn: () => api['tags.list']({}) });
  const setTags = useWrite('documents.setTags');
  const removeTag = useWrite('documents.setTags', { quiet: true }).mutateAsync;
  const undoable = useUndoable();
  const navigation = useNavigation();
  const showTag = (tag: string) => {
    navigation.closeReader();
    navigation.showLibrary({ tag });
  };
  const [adding, setAdding] = useState(false);
  const [input, setInput] = useState('');
  const all = useMemo(() => flattenTags(tags.data ?? []), [tags.data]);
  const options = useMemo(() => {
    const typed = normalizeTagPath(input);
    const matches = matchTagOptions(all, input, doc.tags).map((node) => ({
      value: node.path,
      label: (
        <span>
          {node.path}
          {node.count > 0 && <Typography.Text type="secondary"> · {node.count}</Typography.Text>}
        </span>
      ),
    }));
    const exists = typed === '' || all.some((node) => node.path === typed) || doc.tags.includes(typed);
    return exists ? matches : [...matches, { value: `${NEW_TAG}${typed}`, label: <span>新建标签“{typed}”</span> }];
  }, [all, input, doc.tags]);

  const add = (raw: string) => {
    const path = normalizeTagPath(raw.startsWith(NEW_TAG) ? raw.slice(NEW_TAG.length) : raw);
    setInput('');
    if (!path || doc.tags.includes(path)) return;
    setTags.mutate({ id: doc.id, add: [path] });
  };

  return (
    <section aria-label="标签">
      <Flex wrap gap={6} align="center">
        {doc.tags.length === 0 && !adding && <Typography.Text type="secondary">还没有标签</Typography.Text>}
        {doc.tags.map((tag) => (
          <Tag
            key={tag}
            closable
            closeIcon={<span aria-label={`去掉标签“${tag}”`}>×</span>}
            onClose={(event) => {
              event.preventDefault();
              void undoable({
                run: () => removeTag({ id: doc.id, remove: [tag] }),
                done: () => `已去掉标签“${tag}”`,
                undone: `已恢复标签“${tag}”`,
              });
            }}
            style={{ marginInlineEnd: 0 }}
          >
            <span
              role="link"
              tabIndex={0}
              title="查看带这个标签的全部资料"
              style={{ cursor: 'pointer' }}
              onClick={() => showTag(tag)}
              onKeyDown={(event) => event.key === 'Enter' && showTag(tag)}
            >
              {tag}
            </span>
          </Tag>
        ))}
        {adding ? (
          <AutoComplete
            autoFocus
            value={input}
            options={options}
            defaultActiveFirstOption
            onChange={(value: string) => {
              if (!value.startsWith(NEW_TAG)) setInput(value);
            }}
            onSelect={(value: string) => add(value)}
            onBlur={() => {
              if (!input.trim()) setAdding(false);
            }}
            popupMatchSelectWidth={300}
            style={{ width: 200 }}
            size="small"
            placeholder="输入或选择标签，回车添加"
            aria-label="添加标签"
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setInput('');
                setAdding(false);
              }
            }}
          />
        ) : (
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            添加标签
          </Button>
        )}
      </Flex>
    </section>
  );
}
