import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Input, Popconfirm, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { Note } from '../../../shared/model/note';
import { api, errorMessage } from '../../app/api-client';
import { queryKeys, useWrite } from '../../app/queries';
import { formatDateTime } from '../../components/format';

function NoteItem({ note }: { note: Note }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.body);
  const update = useWrite('notes.update');
  const remove = useWrite('notes.delete');

  if (editing) {
    return (
      <div className="casebook-note">
        <Input.TextArea aria-label="编辑备注" value={draft} onChange={(event) => setDraft(event.target.value)} autoSize={{ minRows: 3, maxRows: 12 }} autoFocus />
        <Flex gap={8} justify="flex-end" style={{ marginTop: 8 }}>
          <Button size="small" onClick={() => setEditing(false)}>
            取消
          </Button>
          <Button
            size="small"
            type="primary"
            disabled={!draft.trim()}
            loading={update.isPending}
            onClick={() => update.mutate({ id: note.id, body: draft }, { onSuccess: () => setEditing(false) })}
          >
            保存
          </Button>
        </Flex>
      </div>
    );
  }
  return (
    <div className="casebook-note">
      <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.75 }}>{note.body}</div>
      <Flex justify="space-between" align="center" style={{ marginTop: 6 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(note.updatedAt)}
          {note.updatedAt !== note.createdAt ? '（已编辑）' : ''}
        </Typography.Text>
        <span>
          <Button
            size="small"
            type="text"
            icon={<EditOutlined />}
            aria-label="编辑备注"
            onClick={() => {
              setDraft(note.body);
              setEditing(true);
            }}
          />
          <Popconfirm
            title="删除这条备注？"
            description="删除后不能恢复。"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true, loading: remove.isPending }}
            onConfirm={() => remove.mutateAsync({ id: note.id })}
          >
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除备注" />
          </Popconfirm>
        </span>
      </Flex>
    </div>
  );
}

/** 备注: the user's own notes on a document. */
export function NotesPanel({ documentId }: { documentId: string }) {
  const notes = useQuery({ queryKey: queryKeys.notes(documentId), queryFn: () => api['notes.list']({ documentId }) });
  const add = useWrite('notes.add');
  const [draft, setDraft] = useState('');

  return (
    <section aria-label="备注">
      <Input.TextArea
        aria-label="新备注"
        placeholder="写下对这份资料的评注、可引用的要点或用途…"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        autoSize={{ minRows: 3, maxRows: 10 }}
      />
      <Flex justify="flex-end" style={{ margin: '8px 0 12px' }}>
        <Button
          type="primary"
          size="small"
          disabled={!draft.trim()}
          loading={add.isPending}
          onClick={() => add.mutate({ documentId, body: draft }, { onSuccess: () => setDraft('') })}
        >
          添加备注
        </Button>
      </Flex>
      {notes.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {notes.isError && <Alert type="error" showIcon title={errorMessage(notes.error)} />}
      {notes.data?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有备注" />}
      <Flex vertical gap={8}>
        {notes.data?.map((note) => (
          <NoteItem key={note.id} note={note} />
        ))}
      </Flex>
    </section>
  );
}
