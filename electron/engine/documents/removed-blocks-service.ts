import { z } from 'zod';
import { CasebookError } from '../../../shared/api/errors';
import type { RemovedBlockView } from '../../../shared/model/cleaning';
import type { DocumentRecord } from '../../../shared/model/document';
import { nowIso, sha256 } from '../core/ids';
import type { Library } from '../core/library';
import type { UndoApplier } from '../core/undo-log';
import { updateDocumentColumns } from './documents-repo';
import { getDocument, requireDocumentRow } from './documents-service';
import { recordHistory } from './history-repo';
import { deleteRemovedBlocks, insertRemovedBlocks, markBlockRestored, removedBlocksOf, unmarkBlockRestored, type RemovedBlockRow } from './removed-blocks-repo';

/**
 * What a rule id is called in the reader; the import domain names its rules (reading/chrome-rules.ts).
 * A labeler that has no name for a rule answers its id.
 */
export type RuleLabeler = (rule: string) => string;

/** Shown for a rule with no zh-CN name (one a later version added, say): never an English rule id. */
const UNNAMED_RULE = '其他不属于正文的内容';

function zhLabel(label: RuleLabeler, rule: string): string {
  const name = label(rule);
  return name === rule || !/\p{Script=Han}/u.test(name) ? UNNAMED_RULE : name;
}

export function removedBlocks(library: Library, id: string, label: RuleLabeler): RemovedBlockView[] {
  const row = requireDocumentRow(library, id);
  return removedBlocksOf(library.db, row.seq).map((block) => ({
    id: block.id,
    text: block.text,
    rule: block.rule,
    ruleLabel: zhLabel(label, block.rule),
    restorable: block.text_offset >= 0,
    restoredAt: block.restored_at,
  }));
}

/** The text with a removed line put back where it stood (on a line of its own), and what went in. */
function withBlock(text: string, block: Pick<RemovedBlockRow, 'text' | 'text_offset'>): { text: string; inserted: number; piece: string } {
  const at = Math.max(0, Math.min(block.text_offset, text.length));
  const before = text.slice(0, at);
  const piece = `${before.length > 0 && !before.endsWith('\n') ? '\n' : ''}${block.text}${at < text.length ? '\n' : ''}`;
  return { text: before + piece + text.slice(at), inserted: piece.length, piece };
}

const RESTORE_STEP = 'documents.restoreRemoved';
const restoreStepSchema = z.object({ id: z.string(), blockId: z.number(), piece: z.string() });
const RESTORE_NOTE = '恢复清理掉的内容';

/** 恢复: a line cleaning removed goes back into the text, as the user's correction (kept by a re-read). */
export function restoreRemovedBlock(library: Library, id: string, blockId: number): DocumentRecord {
  return library.write(() => {
    const row = requireDocumentRow(library, id);
    const block = removedBlocksOf(library.db, row.seq).find((candidate) => candidate.id === blockId);
    if (!block) throw new CasebookError('NOT_FOUND', '找不到这条清理记录，资料可能已重新读取。', `removed block ${blockId}`);
    if (block.restored_at !== null) throw new CasebookError('CONFLICT', '这段内容已经恢复到正文中了。', `block ${blockId} restored`);
    if (block.text_offset < 0) throw new CasebookError('BAD_REQUEST', '这类清理（拼音注音、广告词、乱码）是从句子中间去掉的，无法单独恢复。', `block ${blockId} inline`);
    const { text, inserted, piece } = withBlock(row.text, block);
    const now = nowIso();
    updateDocumentColumns(library.db, row.seq, { text, text_sha256: sha256(text) }, now);
    markBlockRestored(library.db, block, inserted, library.actor, now);
    recordHistory(library.db, row.seq, [{ field: 'text', oldValue: null, newValue: block.text, note: RESTORE_NOTE }], library.actor, now);
    library.undo.record({ type: RESTORE_STEP, data: { id, blockId, piece } });
    return getDocument(library, id);
  });
}

/**
 * 撤销 of a 恢复: the line comes out of the text again and is listed as removed. It stands where the
 * block's offset says (kept up to date as other lines go back); if the text there is no longer what
 * was put in (read again since), the 恢复 cannot be taken back.
 */
export function removedBlockUndoAppliers(library: Library): Record<string, UndoApplier> {
  return {
    [RESTORE_STEP]: (data) => {
      const { id, blockId, piece } = restoreStepSchema.parse(data);
      const row = requireDocumentRow(library, id);
      const block = removedBlocksOf(library.db, row.seq).find((candidate) => candidate.id === blockId);
      const start = block?.text_offset ?? -1;
      if (!block || block.restored_at === null || !piece.includes(block.text) || row.text.slice(start, start + piece.length) !== piece) {
        throw new CasebookError('CONFLICT', '正文已重新读取或改动，这次恢复无法撤销。', `restore of block ${blockId} no longer in the text`);
      }
      const text = row.text.slice(0, start) + row.text.slice(start + piece.length);
      const now = nowIso();
      updateDocumentColumns(library.db, row.seq, { text, text_sha256: sha256(text) }, now);
      unmarkBlockRestored(library.db, block, piece.length);
      recordHistory(library.db, row.seq, [{ field: 'text', oldValue: block.text, newValue: null, note: '撤销' }], library.actor, now);
    },
  };
}

/**
 * After a document's original is read again (another encoding), its removed lines are the new
 * reading's; the lines the user had put back go back again. Returns the text with them.
 */
export function replaceRemovedBlocks(library: Library, seq: number, text: string, blocks: readonly { offset: number; text: string; rule: string }[]): string {
  const restored = new Set(removedBlocksOf(library.db, seq).filter((block) => block.restored_at !== null).map((block) => block.text));
  deleteRemovedBlocks(library.db, seq);
  insertRemovedBlocks(library.db, seq, blocks);
  let current = text;
  const now = nowIso();
  for (const block of removedBlocksOf(library.db, seq)) {
    if (!restored.has(block.text) || block.text_offset < 0) continue;
    const fresh = removedBlocksOf(library.db, seq).find((candidate) => candidate.id === block.id) ?? block;
    const put = withBlock(current, fresh);
    current = put.text;
    markBlockRestored(library.db, fresh, put.inserted, library.actor, now);
  }
  return current;
}
