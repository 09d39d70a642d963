import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DocumentKind } from '../../shared/model/document';
import type { PickedFile } from '../features/import/picked-files';

/** What the main area shows. The app has few screens, so plain state is clearer than a router. */
export type View =
  | { name: 'library'; kind: DocumentKind | null; tag: string | null }
  | { name: 'search'; query: string; sort?: 'relevance' | 'date' }
  | { name: 'trash' }
  | { name: 'duplicates' }
  | { name: 'drafts'; draftId: string | null }
  | { name: 'collections'; collectionId: string | null }
  | { name: 'selection'; roundId: string | null; workspaceId?: string | null };

export interface ReaderTarget {
  id: string;
  /** Words to highlight in the text (from the search that led here). */
  highlight: string[];
  /** A quoted passage to scroll to and mark (offsets into the cleaned text, with the quoted words). */
  passage?: { start: number; end: number; quote: string };
}

export interface Navigation {
  view: View;
  reader: ReaderTarget | null;
  showLibrary(filter?: { kind?: DocumentKind | null; tag?: string | null }): void;
  /** Full-text results; `sort` as a saved search asks (relevance when left out). */
  showSearch(query: string, sort?: 'relevance' | 'date'): void;
  showTrash(): void;
  /** The 查重 view: pairs of near-duplicate documents. */
  showDuplicates(): void;
  /** 评选: the selection rounds, optionally one round open. */
  showSelection(roundId?: string | null): void;
  /** 评审工作台: a 评审包 this user was sent, opened to score (under 评选). */
  showReviewWorkspace(workspaceId: string): void;
  openDocument(id: string, highlight?: string[], passage?: ReaderTarget['passage']): void;
  closeReader(): void;
  /** 草稿: the drafts, optionally one open in the editor. */
  showDrafts(draftId?: string | null): void;
  /** 专辑: the collections, optionally one open. */
  showCollections(collectionId?: string | null): void;
  importOpen: boolean;
  /** Opens the import dialog, optionally with files already chosen (drag and drop). */
  openImport(files?: PickedFile[]): void;
  closeImport(): void;
  /** Files dropped on the window for the next import dialog; `importSeq` changes with each drop. */
  pendingImportFiles: PickedFile[] | null;
  importSeq: number;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children, initialView }: { children: ReactNode; initialView?: View | undefined }) {
  const [view, setView] = useState<View>(initialView ?? { name: 'library', kind: null, tag: null });
  const [reader, setReader] = useState<ReaderTarget | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [pendingImportFiles, setPendingImportFiles] = useState<PickedFile[] | null>(null);
  const [importSeq, setImportSeq] = useState(0);

  const showLibrary = useCallback((filter: { kind?: DocumentKind | null; tag?: string | null } = {}) => {
    setView({ name: 'library', kind: filter.kind ?? null, tag: filter.tag ?? null });
  }, []);
  const showSearch = useCallback(
    (query: string, sort?: 'relevance' | 'date') => setView(sort ? { name: 'search', query, sort } : { name: 'search', query }),
    [],
  );
  const showTrash = useCallback(() => setView({ name: 'trash' }), []);
  const showDuplicates = useCallback(() => setView({ name: 'duplicates' }), []);
  const showSelection = useCallback((roundId: string | null = null) => setView({ name: 'selection', roundId }), []);
  const showReviewWorkspace = useCallback((workspaceId: string) => setView({ name: 'selection', roundId: null, workspaceId }), []);
  const openDocument = useCallback(
    (id: string, highlight: string[] = [], passage?: ReaderTarget['passage']) => setReader(passage ? { id, highlight, passage } : { id, highlight }),
    [],
  );
  const showDrafts = useCallback((draftId: string | null = null) => setView({ name: 'drafts', draftId }), []);
  const closeReader = useCallback(() => setReader(null), []);
  const showCollections = useCallback((collectionId: string | null = null) => setView({ name: 'collections', collectionId }), []);
  const openImport = useCallback((files?: PickedFile[]) => {
    if (files && files.length > 0) {
      setPendingImportFiles(files);
      setImportSeq((seq) => seq + 1);
    }
    setImportOpen(true);
  }, []);
  const closeImport = useCallback(() => setImportOpen(false), []);

  const value = useMemo<Navigation>(
    () => ({
      view,
      reader,
      showLibrary,
      showSearch,
      showTrash,
      showDuplicates,
      showSelection,
      showReviewWorkspace,
      openDocument,
      closeReader,
      showDrafts,
      showCollections,
      importOpen,
      openImport,
      closeImport,
      pendingImportFiles,
      importSeq,
    }),
    [view, reader, showLibrary, showSearch, showTrash, showDuplicates, showSelection, showReviewWorkspace, openDocument, closeReader, showDrafts, showCollections, importOpen, openImport, closeImport, pendingImportFiles, importSeq],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationProvider');
  return navigation;
}
