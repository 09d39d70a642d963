/**
 * An answer to a change that can be taken back (撤销): `undo.apply` with this id restores what the
 * change replaced, once, within a day. Absent when the call changed nothing.
 */
export interface Undoable {
  undoId?: string;
}
