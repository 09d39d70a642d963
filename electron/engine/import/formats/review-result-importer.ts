import fs from 'node:fs';
import { failedImport, type ImportResult } from '../../../../shared/model/import';
import type { Library } from '../../core/library';
import { OFFLINE_PAGE_IMPORT_REFUSAL, looksLikeOfflineReviewPage } from '../../selection/review-package/offline-review-page';
import { MAX_RESULT_BYTES } from '../../selection/review-package/review-package-format';
import { fileHead, importReviewResult, looksLikeReviewResult } from '../../selection/review-package/review-result-merge';

/**
 * The `review-result` importer: a 评分结果 file a reviewer sent back from a 评审包 is recognised by its
 * content (JSON naming the format), whatever it is called, and merges into its round as that
 * reviewer's scores: one report line per file (per reviewer), never a document. The offline review
 * page itself (the 评审包 as .html) is recognised too, and refused with what to do instead: read as a
 * web page it would become a document.
 */
export const reviewResultImporter = {
  id: 'review-result',
  label: '评分结果',

  recognisesFile(fsPath: string | Buffer): boolean {
    const head = fileHead(fsPath);
    return head !== null && (looksLikeReviewResult(head) || looksLikeOfflineReviewPage(head));
  },

  recognisesBytes(bytes: Buffer): boolean {
    return looksLikeReviewResult(bytes) || looksLikeOfflineReviewPage(bytes);
  },

  importFile(library: Library, shownName: string, fsPath: string | Buffer): ImportResult {
    try {
      const head = fileHead(fsPath);
      if (head !== null && looksLikeOfflineReviewPage(head)) return failedImport(shownName, OFFLINE_PAGE_IMPORT_REFUSAL);
      if (fs.statSync(fsPath).size > MAX_RESULT_BYTES) return failedImport(shownName, '评分结果文件太大，已拒绝导入，资料库没有任何改动。');
      return importReviewResult(library, shownName, fs.readFileSync(fsPath));
    } catch {
      return failedImport(shownName, '无法读取这个评分结果文件。');
    }
  },

  importBytes(library: Library, shownName: string, bytes: Buffer): ImportResult {
    if (looksLikeOfflineReviewPage(bytes)) return failedImport(shownName, OFFLINE_PAGE_IMPORT_REFUSAL);
    return importReviewResult(library, shownName, bytes);
  },
};
