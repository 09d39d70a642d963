import type { ParsedDocument } from '../importer';
import type { ReadableDocument } from './document-reading';
import { linesOfPlainText } from './source-lines';

/** A format module's result as the structure readers take it: its lines (or its text read line by line) and what it states. */
export function readableOf(parsed: ParsedDocument): ReadableDocument {
  const stated = { ...parsed.meta };
  return {
    titleHint: parsed.title,
    lines: parsed.lines ?? linesOfPlainText(parsed.text),
    web: parsed.web ?? false,
    stated,
    statedOrigins: { ...parsed.fieldOrigins },
    pageDate: parsed.pageDate ?? null,
    writtenDate: parsed.writtenDate ?? null,
    siteName: parsed.siteName ?? null,
    issuerHint: parsed.issuerHint ?? null,
    pageFrame: parsed.pageFrame ?? null,
    ...(parsed.suggestedTerms ? { suggestedTerms: parsed.suggestedTerms } : {}),
  };
}
