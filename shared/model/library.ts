import type { DocumentKind } from './document';

export interface LibraryInfo {
  path: string;
  schemaVersion: number;
  documentCount: number;
  trashCount: number;
  /** Documents not in the trash, per kind. */
  kindCounts: Record<DocumentKind, number>;
  /** True on a first start: the library is empty and the user has not yet chosen sample or empty. */
  offerSample: boolean;
  appVersion: string;
}

/** Opaque; differs from the last one a window saw when anything in the library changed since. */
export interface LibraryChanges {
  stamp: string;
}
