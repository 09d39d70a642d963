import { DOCUMENT_META_FIELDS, FIELD_LABELS } from '../../../../shared/model/document';
import type { BundlePlan, BundlePlanItem } from '../../../../shared/model/bundle';
import { findDocumentRow, metaFromRow, type DocumentRow } from '../../documents/documents-repo';
import { listNotes } from '../../documents/notes-repo';
import { findTagId, validTagPath } from '../../tags/tags-repo';
import type { Library } from '../../core/library';
import { peekLibraryId, type BundleDocumentHead } from './bundle-format';
import type { OpenedBundle } from './bundle-read';
import { planRecords } from './bundle-record-merge';
import { documentIdWithOriginal, documentIdWithText } from './bundle-repo';

export interface DocumentPlan {
  item: BundlePlanItem;
  document: BundleDocumentHead;
  /** The library's copy with the same id, when there is one. */
  existing: DocumentRow | undefined;
}

function sameDocumentElsewhere(library: Library, document: BundleDocumentHead): DocumentRow | undefined {
  const byOriginal = document.original ? documentIdWithOriginal(library.db, document.original.sha256) : undefined;
  const byText = byOriginal === undefined && document.textLength > 0 ? documentIdWithText(library.db, document.textSha256) : undefined;
  const id = byOriginal ?? byText;
  return id === undefined ? undefined : findDocumentRow(library.db, id);
}

/** zh-CN names of what differs between the library's copy and the bundle's (tags merge, so they never differ). */
export function documentDifferences(library: Library, existing: DocumentRow, document: BundleDocumentHead): string[] {
  const differences: string[] = [];
  const mine = metaFromRow(existing);
  for (const field of DOCUMENT_META_FIELDS) {
    if ((mine[field] ?? null) !== (document.meta[field] ?? null)) differences.push(FIELD_LABELS[field]);
  }
  if (existing.text_sha256 !== document.textSha256) differences.push('正文');
  if ((existing.original_sha256 ?? null) !== (document.original?.sha256 ?? null)) differences.push('原始文件');
  const bodies = new Map(listNotes(library.db, existing.seq).map((note) => [note.id, note.body]));
  if (document.notes.some((note) => bodies.has(note.id) && bodies.get(note.id) !== note.body)) differences.push('备注');
  return differences;
}

export function planDocuments(library: Library, bundle: OpenedBundle): DocumentPlan[] {
  return bundle.documents.map((document) => {
    const existing = findDocumentRow(library.db, document.id);
    const theirs = { updatedAt: document.updatedAt };
    if (existing) {
      const differences = documentDifferences(library, existing, document);
      return {
        document,
        existing,
        item: {
          type: 'document',
          id: document.id,
          title: document.meta.title,
          status: differences.length > 0 ? 'conflict' : 'duplicate',
          existingId: existing.id,
          differences,
          mine: { title: existing.title, updatedAt: existing.updated_at },
          theirs,
        },
      };
    }
    const elsewhere = sameDocumentElsewhere(library, document);
    return {
      document,
      existing: undefined,
      item: {
        type: 'document',
        id: document.id,
        title: document.meta.title,
        status: elsewhere ? 'duplicate' : 'new',
        existingId: elsewhere?.id ?? null,
        differences: [],
        mine: elsewhere ? { title: elsewhere.title, updatedAt: elsewhere.updated_at } : null,
        theirs,
      },
    };
  });
}

/** What importing the bundle would do, item by item; nothing is written. */
export function planBundle(library: Library, bundle: OpenedBundle, fileName: string): BundlePlan {
  const items = [...planDocuments(library, bundle).map((plan) => plan.item), ...planRecords(library, bundle).map((plan) => plan.item)];
  const newTags = new Set<string>();
  for (const document of bundle.documents) {
    for (const raw of document.tags) {
      try {
        const tag = validTagPath(raw);
        if (findTagId(library.db, tag) === undefined) newTags.add(tag);
      } catch {
        // an unusable tag is left out on import as well
      }
    }
  }
  const count = (status: BundlePlanItem['status']) => items.filter((item) => item.status === status).length;
  return {
    fileName,
    libraryId: bundle.manifest.libraryId,
    createdAt: bundle.manifest.createdAt,
    fromThisLibrary: peekLibraryId(library) === bundle.manifest.libraryId,
    counts: { new: count('new'), duplicate: count('duplicate'), conflict: count('conflict') },
    newTags: [...newTags].sort(),
    items,
  };
}
