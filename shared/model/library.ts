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

/** A document whose original file is missing from originals/ (its text is still in the library). */
export interface MissingOriginal {
  id: string;
  title: string;
  storedPath: string;
}

/** 资料库检查: what `library.check` found, and what its 修复 did. */
export interface LibraryCheckReport {
  /** PRAGMA integrity_check: ['ok'] for a sound database, else its findings. */
  integrity: string[];
  integrityOk: boolean;
  /** Documents without their original file (reported only: a document is never deleted by a check). */
  missingOriginals: MissingOriginal[];
  missingOriginalCount: number;
  /** Files in originals/ that no document lists, older than ten minutes (newer ones may be an import under way). */
  orphanOriginals: string[];
  orphanOriginalCount: number;
  /** Temp and staging files left by an interrupted backup or restore. */
  leftoverCount: number;
  /** The search index: 'ready' when complete and current. */
  index: 'ready' | 'stale' | 'missing' | 'rebuilding';
  /** What 修复 did (null when only checked). */
  repaired: { orphanOriginals: number; leftovers: number; indexRebuiltDocuments: number | null } | null;
  /** Nothing left to repair or report. */
  ok: boolean;
}
