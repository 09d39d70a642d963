import { collectionHandlers } from '../collections/collection-handlers';
import type { Handlers } from '../core/handler';
import { documentHandlers } from '../documents/documents-handlers';
import { draftHandlers } from '../drafts/drafts-handlers';
import { duplicateHandlers } from '../duplicates/duplicates-handlers';
import { exchangeHandlers } from '../exchange/exchange-handlers';
import { exportHandlers } from '../export/export-handlers';
import { sheetHandlers } from '../export/sheets/sheet-handlers';
import { importHandlers } from '../import/import-handlers';
import { recognitionHandlers } from '../import/recognition/recognition-handlers';
import { libraryHandlers } from '../library/library-handlers';
import { originalHandlers } from '../originals/originals-handlers';
import { reviewWorkspaceHandlers } from '../review-workspace/review-workspace-handlers';
import { searchHandlers } from '../search/search-handlers';
import { selectionHandlers } from '../selection/selection-handlers';
import { tagRuleHandlers } from '../tags/rules/rules-handlers';
import { tagHandlers } from '../tags/tags-handlers';

/**
 * The engine side of the contract: every domain's part, joined. `satisfies Handlers` fails the build
 * when a contract method has no handler or a handler's types drift from its method.
 */
export const handlers = {
  ...libraryHandlers,
  ...documentHandlers,
  ...importHandlers,
  ...tagHandlers,
  ...tagRuleHandlers,
  ...duplicateHandlers,
  ...searchHandlers,
  ...selectionHandlers,
  ...draftHandlers,
  ...exchangeHandlers,
  ...exportHandlers,
  ...collectionHandlers,
  ...sheetHandlers,
  ...originalHandlers,
  ...recognitionHandlers,
  ...reviewWorkspaceHandlers,
} satisfies Handlers;
