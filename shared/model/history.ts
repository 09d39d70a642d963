/** One change to one field of a document: who changed what, when, from which value to which. */
export interface HistoryEntry {
  id: number;
  documentId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  actor: string;
  changedAt: string;
  /** Why, when it is not an edit of its own: 撤销 (the change took an earlier one back). */
  note: string | null;
}
