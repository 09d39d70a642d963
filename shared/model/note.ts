export interface Note {
  id: string;
  documentId: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}
