import { ScissorOutlined, UndoOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Drawer, Empty, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { RemovedBlockView } from '../../../shared/model/cleaning';
import type { DocumentRecord } from '../../../shared/model/document';
import { api, errorMessage } from '../../app/api-client';
import { useNavigation } from '../../app/navigation';
import { useWrite } from '../../app/queries';
import { useUndoable } from '../../app/use-undoable';
import { formatDateTime } from '../../components/format';

/** Keyed by the contract method, so every write's refresh (useWrite) refetches the list. */
const removedKey = (documentId: string) => ['documents.removed', documentId] as const;

function useRemovedBlocks(documentId: string) {
  return useQuery({ queryKey: removedKey(documentId), queryFn: () => api['documents.removed']({ id: documentId }) });
}

/** The removed lines by the rule that removed them, rules in the order they first appear in the document. */
function byRule(blocks: readonly RemovedBlockView[]): { rule: string; label: string; blocks: RemovedBlockView[] }[] {
  const groups = new Map<string, { rule: string; label: string; blocks: RemovedBlockView[] }>();
  for (const block of blocks) {
    const group = groups.get(block.rule) ?? { rule: block.rule, label: block.ruleLabel, blocks: [] };
    group.blocks.push(block);
    groups.set(block.rule, group);
  }
  return [...groups.values()];
}

function shortened(text: string, length = 24): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length)}…` : line;
}

const itemId = (block: RemovedBlockView) => `casebook-removed-${block.id}`;

function BlockState({ block, pending, busy, onRestore }: { block: RemovedBlockView; pending: boolean; busy: boolean; onRestore: () => void }) {
  if (block.restoredAt) {
    return (
      <Tooltip title={`${formatDateTime(block.restoredAt)} 恢复到正文`}>
        <Tag color="success" style={{ marginInlineEnd: 0 }} tabIndex={0}>
          已恢复
        </Tag>
      </Tooltip>
    );
  }
  if (!block.restorable) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        从句子中间去掉的，无法单独恢复
      </Typography.Text>
    );
  }
  return (
    <Button size="small" icon={<UndoOutlined />} loading={pending} disabled={busy && !pending} aria-label={`恢复到正文：${shortened(block.text, 40)}`} onClick={onRestore}>
      恢复
    </Button>
  );
}

/**
 * 清理掉的内容: every line import's cleaning took out of the document, under the rule that took it
 * out. 恢复 puts a whole line back where it stood (撤销 in the message takes it out again); pieces
 * cut from inside a sentence cannot go back alone.
 */
function CleanedContentDrawer({ open, doc, blocks, onClose }: { open: boolean; doc: DocumentRecord; blocks: ReturnType<typeof useRemovedBlocks>; onClose: () => void }) {
  const navigation = useNavigation();
  const undoable = useUndoable();
  const restore = useWrite('documents.restoreRemoved', { quiet: true });
  const restoredCount = blocks.data?.filter((block) => block.restoredAt !== null).length ?? 0;

  /** Opens the reader at the line put back, highlighted (the drawer closes). */
  const showInText = (updated: DocumentRecord, block: RemovedBlockView) => {
    const start = updated.text.indexOf(block.text);
    if (start < 0) return;
    navigation.openDocument(doc.id, navigation.reader?.highlight ?? [], { start, end: start + block.text.length, quote: block.text });
  };

  const restoreBlock = async (block: RemovedBlockView) => {
    await undoable({
      run: () => restore.mutateAsync({ id: doc.id, blockId: block.id }),
      done: (updated) => (
        <>
          已把“{shortened(block.text)}”恢复到正文
          <Button type="link" size="small" style={{ paddingInline: 6 }} onClick={() => showInText(updated, block)}>
            在正文中查看
          </Button>
        </>
      ),
      undone: `已撤销恢复，“${shortened(block.text)}”重新列为清理掉的内容`,
    });
    // The 恢复 button gives way to 已恢复: keep keyboard focus on the line it belonged to.
    document.getElementById(itemId(block))?.focus();
  };

  let body;
  if (blocks.isPending) body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (blocks.isError) body = <Alert type="error" showIcon title="无法读取清理记录" description={errorMessage(blocks.error)} />;
  else if (blocks.data.length === 0) {
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="导入时没有清理掉任何内容，正文保留了原始文件的全部文字。" />;
  } else {
    body = (
      <>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          导入时，程序把网页栏目、信息栏等不属于正文的内容去掉了，原始文件保持原样。如果去掉的其实是正文，点“恢复”把它放回原处。
        </Typography.Paragraph>
        {byRule(blocks.data).map((group) => (
          <section key={group.rule} className="casebook-removed-group" aria-label={group.label}>
            <Typography.Title level={5} style={{ fontSize: 14, margin: '16px 0 8px' }}>
              {group.label}
              <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal', marginInlineStart: 8 }}>
                {group.blocks.length} 处
              </Typography.Text>
            </Typography.Title>
            <ul aria-label={group.label} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6 }}>
              {group.blocks.map((block) => (
                <li
                  key={block.id}
                  id={itemId(block)}
                  tabIndex={-1}
                  data-rule={block.rule}
                  style={{ display: 'flex', gap: 12, alignItems: 'flex-start', background: '#fff', border: '1px solid var(--casebook-border)', borderRadius: 6, padding: '8px 10px', outlineOffset: 2 }}
                >
                  <div style={{ flex: 1, minWidth: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 13, lineHeight: 1.7, color: block.restoredAt ? '#595959' : '#262626' }}>
                    {block.text}
                  </div>
                  <div style={{ flex: '0 0 auto', maxWidth: 220, textAlign: 'right' }}>
                    <BlockState
                      block={block}
                      pending={restore.isPending && restore.variables?.blockId === block.id}
                      busy={restore.isPending}
                      onRestore={() => void restoreBlock(block)}
                    />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </>
    );
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={560}
      title={
        <div>
          <div>清理掉的内容</div>
          {blocks.data && blocks.data.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
              共 {blocks.data.length} 处{restoredCount > 0 ? `，其中 ${restoredCount} 处已恢复` : ''}
            </Typography.Text>
          )}
        </div>
      }
      aria-label="清理掉的内容"
      styles={{ body: { background: '#fbfaf8', paddingTop: 12 } }}
    >
      {body}
    </Drawer>
  );
}

/** 查看清理掉的内容（12）above the text; when cleaning took nothing out, says so instead. */
export function CleanedContentEntry({ doc }: { doc: DocumentRecord }) {
  const [open, setOpen] = useState(false);
  const blocks = useRemovedBlocks(doc.id);
  const count = blocks.data?.length ?? 0;
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', minHeight: 24, marginBottom: 6 }}>
      {blocks.isSuccess && count === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          导入时没有清理掉内容
        </Typography.Text>
      ) : (
        <Button type="link" size="small" icon={<ScissorOutlined />} disabled={blocks.isPending} aria-haspopup="dialog" onClick={() => setOpen(true)}>
          查看清理掉的内容{count > 0 ? `（${count}）` : ''}
        </Button>
      )}
      <CleanedContentDrawer open={open} doc={doc} blocks={blocks} onClose={() => setOpen(false)} />
    </div>
  );
}
