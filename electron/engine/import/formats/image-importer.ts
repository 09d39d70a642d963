import { IMAGE_EXTENSIONS, imageSize, MAX_DECODED_PIXELS, tooLargeToRecognise } from '../../ocr/page-image';
import type { Importer, ParsedDocument } from '../importer';
import { textOfLines } from '../reading/source-lines';
import { recognisedSourceLines, recognitionPendingWarning } from './recognised-lines';

/**
 * A photo or scan of a page (JPEG, PNG, TIFF, BMP, WebP): kept as it is, its text recognised in the
 * background (OCR) and read again with what was recognised. A file that is no image, or one too
 * large to decode, fails here with the reason, before anything is stored.
 */
export const imageImporter: Importer = {
  id: 'image',
  label: '图片（扫描件、照片）',
  extensions: IMAGE_EXTENSIONS,
  parse: async (input): Promise<ParsedDocument> => {
    const size = imageSize(input.bytes);
    if (size.width * size.height > MAX_DECODED_PIXELS) throw tooLargeToRecognise(size.width, size.height);
    const base = { title: null, web: false, meta: {}, fieldOrigins: {}, tags: [], encoding: null };
    if (input.recognised) {
      const lines = recognisedSourceLines(input.recognised);
      return { ...base, text: textOfLines(lines), lines, warnings: lines.length === 0 ? ['图片中没有识别出文字。'] : [], textless: lines.length === 0 };
    }
    return { ...base, text: '', lines: [], warnings: [recognitionPendingWarning(null)], textless: true, pagesToRecognise: [1] };
  },
};
