import { afterEach, describe, expect, it } from 'vitest';
import { writeInBatches } from '../../../electron/engine/core/write-batches';
import { withTempLibrary } from '../../helpers/temp-library';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function library() {
  const made = withTempLibrary();
  cleanup = made.cleanup;
  made.library.db.exec('CREATE TABLE written (n INTEGER NOT NULL)');
  return made.library;
}

describe('writeInBatches', () => {
  it('writes every item in transactions of at most maxItems, each starting from the data as it then is', async () => {
    const lib = library();
    const items = Array.from({ length: 35 }, (_, i) => i);
    const seenAtStart: number[] = [];
    await writeInBatches(
      lib,
      items,
      () => {
        expect(lib.db.inTransaction).toBe(true);
        seenAtStart.push(lib.db.prepare<[], number>('SELECT count(*) FROM written').pluck().get() ?? 0);
        return (n) => lib.db.prepare('INSERT INTO written (n) VALUES (?)').run(n);
      },
      { maxItems: 10, budgetMs: 60_000 },
    );
    expect(seenAtStart).toEqual([0, 10, 20, 30]);
    expect(lib.db.prepare('SELECT n FROM written ORDER BY n').pluck().all()).toEqual(items);
  });

  it('keeps the batches written before one that fails, and rolls back only that one', async () => {
    const lib = library();
    const items = Array.from({ length: 30 }, (_, i) => i);
    await expect(
      writeInBatches(
        lib,
        items,
        () => (n) => {
          if (n === 25) throw new Error('disk full');
          lib.db.prepare('INSERT INTO written (n) VALUES (?)').run(n);
        },
        { maxItems: 10, budgetMs: 60_000 },
      ),
    ).rejects.toThrow();
    expect(lib.db.prepare<[], number>('SELECT count(*) FROM written').pluck().get()).toBe(20);
  });

  it('commits early once its time budget is spent, and still writes everything', async () => {
    const lib = library();
    let batches = 0;
    await writeInBatches(
      lib,
      [1, 2, 3],
      () => {
        batches += 1;
        return (n) => lib.db.prepare('INSERT INTO written (n) VALUES (?)').run(n);
      },
      { maxItems: 10, budgetMs: 0 },
    );
    expect(batches).toBe(3);
    expect(lib.db.prepare<[], number>('SELECT count(*) FROM written').pluck().get()).toBe(3);
  });
});
