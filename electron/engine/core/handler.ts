import type { MethodName, ParsedRequestOf, ResponseOf } from '../../../shared/api/contract';
import type { Library } from './library';

/** The engine side of one contract method: the validated request in, the response out. */
export type Handler<M extends MethodName> = (library: Library, request: ParsedRequestOf<M>) => ResponseOf<M> | Promise<ResponseOf<M>>;

/**
 * Methods that change which library a door serves (恢复到新资料库), or replace its database file
 * (从备份恢复, which must close it first): answered with the door's LibraryHost by
 * api/host-handlers.ts, not with one library.
 */
export type HostMethodName = 'backup.restoreToNew' | 'backup.restore';

/** The whole handler table: one handler per contract method (but the host's), checked against the contract. */
export type Handlers = { [M in Exclude<MethodName, HostMethodName>]: Handler<M> };

/**
 * Each domain registers its part of the table (`satisfies Partial<Handlers>`, so every entry is
 * checked against its method); api/handlers.ts joins the parts and checks that none is missing.
 */

type SyncHandler<M extends MethodName> = (library: Library, request: ParsedRequestOf<M>) => ResponseOf<M>;

/**
 * A handler that changes the library: the whole of it runs in one transaction (all of it is written
 * or none of it), and the search index follows whatever it changed before the transaction commits.
 * Long jobs that write in steps (import, restore) are registered without it and write in their own
 * transactions.
 */
export function write<M extends MethodName>(fn: SyncHandler<M>): Handler<M> {
  return (library, request) => library.write(() => fn(library, request));
}

/**
 * A write that can be taken back (撤销): the steps its services record (what was there before) are
 * kept in the undo log, and the response carries `undoId` for `undo.apply`. A call that changed
 * nothing has no undoId.
 */
export function undoable<M extends UndoableMethod>(fn: SyncHandler<M>): Handler<M> {
  return (library, request) =>
    library.write(() => {
      const { result, steps } = library.undo.capture(() => fn(library, request));
      if (steps.length === 0) return result;
      return { ...(result as object), undoId: library.undo.save(steps) } as ResponseOf<M>;
    });
}

/** The methods whose answer can carry an undoId (their contract response includes `Undoable`). */
export type UndoableMethod = { [M in MethodName]: ResponseOf<M> extends { undoId?: string } ? M : never }[MethodName];
