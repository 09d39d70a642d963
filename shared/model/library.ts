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

/** The bundled sample library and how much of it this library holds (a file counts once imported, in the 回收站 too). */
export interface SampleStatus {
  /** Documents in the sample library. */
  documents: number;
  /** Of those, how many this library holds already (not in the 回收站). */
  inLibrary: number;
  /** Of those, how many are in the 回收站. */
  inTrash: number;
}

/** Opaque; differs from the last one a window saw when anything in the library changed since. */
export interface LibraryChanges {
  stamp: string;
}
