import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/engine/core/library';
import { documentUndoAppliers, getDocument, updateDocument } from '../../../electron/engine/documents/documents-service';
import { importBytes } from '../../../electron/engine/import/import-service';
import { rereadWithEncoding } from '../../../electron/engine/import/reread-service';
import { withTempLibrary } from '../../helpers/temp-library';

let context: ReturnType<typeof withTempLibrary>;
let library: Library;

/** A copied paragraph with no headline: import makes its title from the first sentence and asks (标题待确认). */
const NO_HEADLINE =
  '支部还在工棚里设立“问需墙”，工人把意见和困难写在便签上，党员认领办理。今年以来，支部共办理工人诉求34件，解决欠薪、住宿等实际问题21个。\n';

async function importWithoutHeadline(): Promise<string> {
  const result = await importBytes(library, '问需墙.txt', Buffer.from(NO_HEADLINE));
  if (!result.id) throw new Error(result.error ?? 'import failed');
  expect(result.toConfirm).toContain('title');
  return result.id;
}

/** Runs a change the way the `undoable` handler wrapper does, and answers what 撤销 would replay. */
function withUndo(change: () => void): () => void {
  const { steps } = library.undo.capture(change);
  const appliers = documentUndoAppliers(library);
  return () => library.write(() => [...steps].reverse().forEach((step) => appliers[step.type]?.(step.data)));
}

beforeEach(() => {
  context = withTempLibrary();
  library = context.library;
});
afterEach(() => context.cleanup());

describe('待确认 after the user edits', () => {
  it('takes a field the user corrects off 待确认 and leaves the others', async () => {
    const id = await importWithoutHeadline();
    library.db.prepare("UPDATE documents SET to_confirm = '[\"title\",\"kind\"]' WHERE id = ?").run(id);
    const record = updateDocument(library, id, { title: '工棚里的“问需墙”' });
    expect(record.toConfirm).toEqual(['kind']);
    expect(getDocument(library, id).toConfirm).toEqual(['kind']);
    expect(record.fieldOrigins.title).toBe('user');
  });

  it('takes a field off 待确认 when the user confirms its value unchanged, keeping where it came from', async () => {
    const id = await importWithoutHeadline();
    const before = getDocument(library, id);
    const record = updateDocument(library, id, { title: before.title });
    expect(record.toConfirm).not.toContain('title');
    expect(record.title).toBe(before.title);
    expect(record.fieldOrigins.title).toBe(before.fieldOrigins.title);
  });

  it('puts the field back on 待确认 when the change is undone', async () => {
    const id = await importWithoutHeadline();
    const undo = withUndo(() => updateDocument(library, id, { title: '工棚里的“问需墙”' }));
    expect(getDocument(library, id).toConfirm).not.toContain('title');
    undo();
    const record = getDocument(library, id);
    expect(record.toConfirm).toContain('title');
    expect(record.title).not.toBe('工棚里的“问需墙”');
  });

  it('leaves 待确认 alone when the patch names other fields', async () => {
    const id = await importWithoutHeadline();
    const record = updateDocument(library, id, { region: '浙江省温州市鹿城区' });
    expect(record.toConfirm).toContain('title');
  });

  it('keeps a confirmed field confirmed and a corrected one the user’s when the original is read again', async () => {
    const id = await importWithoutHeadline();
    const guessed = getDocument(library, id).title;
    updateDocument(library, id, { title: guessed });
    const reread = await rereadWithEncoding(library, id, 'utf-8');
    expect(reread.title).toBe(guessed);
    expect(reread.toConfirm).not.toContain('title');

    updateDocument(library, id, { title: '工棚里的“问需墙”' });
    library.db.prepare("UPDATE documents SET to_confirm = '[\"title\"]' WHERE id = ?").run(id);
    const again = await rereadWithEncoding(library, id, 'gb18030');
    expect(again.title).toBe('工棚里的“问需墙”');
    expect(again.toConfirm).not.toContain('title');
  });

  it('asks again about a value the new reading changed and is unsure of', async () => {
    const id = await importWithoutHeadline();
    const confirmed = updateDocument(library, id, { title: getDocument(library, id).title });
    expect(confirmed.toConfirm).not.toContain('title');
    const garbled = await rereadWithEncoding(library, id, 'gb18030');
    expect(garbled.title).not.toBe(confirmed.title);
    expect(garbled.toConfirm).toContain('title');
  });
});
