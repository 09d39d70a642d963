/** One change to one field of a document: who changed what, when, from which value to which. */
export interface HistoryEntry {
  id: number;
  documentId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  actor: string;
  changedAt: string;
}
