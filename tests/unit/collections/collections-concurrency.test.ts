import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CasebookError } from '../../../shared/api/errors';
import { type Library } from '../../../electron/engine/core/library';
import { openLibrary } from '../../../electron/engine/library/open-library';
import { addCollectionItems, moveCollectionItem, removeCollectionItems, setItemCommentary } from '../../../electron/engine/collections/collection-items-service';
import { addCollectionSection } from '../../../electron/engine/collections/collection-sections-service';
import { createCollection, getCollection, updateCollection } from '../../../electron/engine/collections/collections-service';
import { libraryOptions, makeTempFolder } from '../../helpers/temp-library';
import { importSources } from './collection-fixtures';

/**
 * Two windows (here: two connections to the same library folder, as the desktop app and browser mode
 * would be) edit one collection from views that go stale. Every change is an intent against the
 * current state, so neither window loses an item; a field both edit keeps the last writer's value.
 */
let folder: string;
let windowA: Library;
let windowB: Library;
let ids: Awaited<ReturnType<typeof importSources>>;
beforeEach(async () => {
  folder = makeTempFolder();
  windowA = openLibrary(libraryOptions(folder));
  ids = await importSources(windowA);
  windowB = openLibrary(libraryOptions(folder));
});
afterEach(() => {
  windowA.close();
  windowB.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('collections: two windows editing at once', () => {
  it('interleaves adds, moves, removes and field edits without losing an item', () => {
    const created = createCollection(windowA, { name: '共同编辑', description: '初稿' });
    const [first, second] = addCollectionItems(windowA, created.id, [
      { kind: 'document', documentId: ids.lianjian },
      { kind: 'document', documentId: ids.quanyi },
    ]).added as [string, string];

    // Both windows now show [first, second]; each acts on what it sees.
    const seenByB = getCollection(windowB, created.id);
    expect(seenByB.items.map((item) => item.id)).toEqual([first, second]);

    const addedByA = addCollectionItems(windowA, created.id, [{ kind: 'document', documentId: ids.qinglian }], { afterItemId: first }).added[0]!;
    // B has not seen A's item; it moves `second` first. A's item must survive.
    moveCollectionItem(windowB, { collectionId: created.id, itemId: second, sectionId: null, afterItemId: null });
    updateCollection(windowA, created.id, { name: '共同编辑（A 改名）' });
    updateCollection(windowB, created.id, { description: 'B 写的说明' });
    const section = addCollectionSection(windowB, { collectionId: created.id, title: '权益保障' }).sectionId;
    // A removes `first` while B, still showing it, moves it into the section and writes a comment on it.
    removeCollectionItems(windowA, created.id, [first]);
    expect(() => moveCollectionItem(windowB, { collectionId: created.id, itemId: first, sectionId: section, afterItemId: null })).toThrow(CasebookError);
    expect(() => setItemCommentary(windowB, created.id, first, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '晚了' }] }] })).toThrow(
      /已不在专辑中/,
    );
    // B adds after an item A removed: the new item still arrives (at the end of the section it asked for).
    const addedByB = addCollectionItems(windowB, created.id, [{ kind: 'excerpt', documentId: ids.lianjian, start: 0, end: 6 }], {
      sectionId: null,
      afterItemId: first,
    }).added[0]!;
    // Both set the cover title: the later write wins, the other fields keep both windows' edits.
    updateCollection(windowA, created.id, { coverTitle: 'A 的封面' });
    updateCollection(windowB, created.id, { coverTitle: 'B 的封面' });

    for (const window of [windowA, windowB]) {
      const final = getCollection(window, created.id);
      expect(final.items.map((item) => item.id)).toEqual([second, addedByA, addedByB]);
      expect(final).toMatchObject({ name: '共同编辑（A 改名）', description: 'B 写的说明', coverTitle: 'B 的封面', itemCount: 3 });
      expect(final.sections.map((s) => s.heading)).toEqual(['一、权益保障']);
    }
  });

  it('keeps every item when both windows add many items in alternation', () => {
    const created = createCollection(windowA, { name: '交替添加' });
    const docs = [ids.lianjian, ids.quanyi, ids.qinglian];
    const added: string[] = [];
    for (let round = 0; round < 20; round += 1) {
      const window = round % 2 === 0 ? windowA : windowB;
      const current = getCollection(window, created.id).items;
      const after = current.length > 0 ? current[Math.floor(current.length / 2)]!.id : undefined;
      added.push(...addCollectionItems(window, created.id, [{ kind: 'excerpt', documentId: docs[round % 3]!, start: round % 5, end: 8 }], { afterItemId: after }).added);
      if (round % 4 === 3) {
        const items = getCollection(windowB, created.id).items;
        moveCollectionItem(windowA, { collectionId: created.id, itemId: items.at(-1)!.id, sectionId: null, afterItemId: null });
      }
    }
    const final = getCollection(windowB, created.id).items.map((item) => item.id);
    expect(final).toHaveLength(20);
    expect(new Set(final)).toEqual(new Set(added));
    expect(getCollection(windowA, created.id).items.map((item) => item.position)).toEqual([...Array(20).keys()]);
  });
});
