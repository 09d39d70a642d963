import { App } from 'antd';
import { useCallback, useState } from 'react';
import type { BundleExportResult } from '../../../shared/model/bundle';
import type { ExportTarget } from '../../../shared/model/export';
import { api, errorMessage } from '../../app/api-client';
import { downloadBase64 } from './download';

/** What goes into a 交换包: documents, 专辑 and 草稿 (a collection or draft brings the documents it uses). */
export interface BundleSelection {
  documentIds?: string[];
  collectionIds?: string[];
  draftIds?: string[];
}

/** The export dialog's target as a bundle selection. */
export function bundleSelectionOf(target: ExportTarget): BundleSelection {
  if ('documents' in target) return { documentIds: target.documents };
  if ('collection' in target) return { collectionIds: [target.collection] };
  return { draftIds: [target.draft] };
}

/** “1 个专辑、1 篇草稿和 3 份资料及其原文件、标签和备注”: what the finished bundle holds. */
export function bundleContents(result: Pick<BundleExportResult, 'documents' | 'collections' | 'drafts'>): string {
  const records = [result.collections > 0 ? `${result.collections} 个专辑` : '', result.drafts > 0 ? `${result.drafts} 篇草稿` : ''].filter(Boolean).join('、');
  const documents = `${result.documents} 份资料及其原文件、标签和备注`;
  return records ? `${records}和 ${documents}` : documents;
}

export interface RunBundleExportOptions {
  /** Runs first, e.g. saving a draft's latest edits. */
  prepare?: (() => Promise<unknown>) | undefined;
  /** Where a failure is shown; a message at the top of the window unless given. */
  onError?: (message: string) => void;
}

/**
 * 导出交换包 (bundle.export): writes the selection to one .casebook file and hands it to the user as
 * a download (the save dialog in the desktop app). Shared by the library's 导出交换包 button and the
 * export dialog's 交换包 format, so both say the same and behave the same.
 */
export function useBundleExport(): { busy: boolean; run: (selection: BundleSelection, options?: RunBundleExportOptions) => Promise<BundleExportResult | null> } {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (selection: BundleSelection, options: RunBundleExportOptions = {}): Promise<BundleExportResult | null> => {
      setBusy(true);
      try {
        await options.prepare?.();
        const result = await api['bundle.export']({ documentIds: selection.documentIds ?? [], collectionIds: selection.collectionIds ?? [], draftIds: selection.draftIds ?? [] });
        if (result.contentBase64) downloadBase64(result.fileName, result.contentBase64, 'application/zip');
        void message.success(`已导出交换包“${result.fileName}”：${bundleContents(result)}`);
        return result;
      } catch (error) {
        if (options.onError) options.onError(errorMessage(error));
        else void message.error(errorMessage(error));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [message],
  );
  return { busy, run };
}
