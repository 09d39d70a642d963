import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DocumentKind } from '../../shared/model/document';
import type { PickedFile } from '../features/import/picked-files';

/** What the main area shows. The app has few screens, so plain state is clearer than a router. */
export type View =
  | { name: 'library'; kind: DocumentKind | null; tag: string | null }
  | { name: 'search'; query: string }
  | { name: 'trash' }
  | { name: 'duplicates' };

export interface ReaderTarget {
  id: string;
  /** Words to highlight in the text (from the search that led here). */
  highlight: string[];
}

export interface Navigation {
  view: View;
  reader: ReaderTarget | null;
  showLibrary(filter?: { kind?: DocumentKind | null; tag?: string | null }): void;
  showSearch(query: string): void;
  showTrash(): void;
  /** The 查重 view: pairs of near-duplicate documents. */
  showDuplicates(): void;
  openDocument(id: string, highlight?: string[]): void;
  closeReader(): void;
  importOpen: boolean;
  /** Opens the import dialog, optionally with files already chosen (drag and drop). */
  openImport(files?: PickedFile[]): void;
  closeImport(): void;
  /** Files dropped on the window for the next import dialog; `importSeq` changes with each drop. */
  pendingImportFiles: PickedFile[] | null;
  importSeq: number;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<View>({ name: 'library', kind: null, tag: null });
  const [reader, setReader] = useState<ReaderTarget | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [pendingImportFiles, setPendingImportFiles] = useState<PickedFile[] | null>(null);
  const [importSeq, setImportSeq] = useState(0);

  const showLibrary = useCallback((filter: { kind?: DocumentKind | null; tag?: string | null } = {}) => {
    setView({ name: 'library', kind: filter.kind ?? null, tag: filter.tag ?? null });
  }, []);
  const showSearch = useCallback((query: string) => setView({ name: 'search', query }), []);
  const showTrash = useCallback(() => setView({ name: 'trash' }), []);
  const showDuplicates = useCallback(() => setView({ name: 'duplicates' }), []);
  const openDocument = useCallback((id: string, highlight: string[] = []) => setReader({ id, highlight }), []);
  const closeReader = useCallback(() => setReader(null), []);
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
      openDocument,
      closeReader,
      importOpen,
      openImport,
      closeImport,
      pendingImportFiles,
      importSeq,
    }),
    [view, reader, showLibrary, showSearch, showTrash, showDuplicates, openDocument, closeReader, importOpen, openImport, closeImport, pendingImportFiles, importSeq],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationProvider');
  return navigation;
}
