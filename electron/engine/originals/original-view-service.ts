import fs from 'node:fs';
import { CasebookError } from '../../../shared/api/errors';
import type { OriginalFile } from '../../../shared/model/document';
import { ORIGINAL_IMAGE_MAX_BYTES, type OriginalView } from '../../../shared/model/original-view';
import type { Library } from '../core/library';
import { originalFormatOf } from './original-format';
import { originalPageInWorker } from './original-view-pool';
import { readFilePiece, storedOriginalOf } from './stored-original';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const NO_ORIGINAL = '这份资料没有保存原件（在软件中新建，或来自不带原件的交换包），只有正文。';
const OPEN_ELSEWHERE = '桌面版可点“用默认程序打开”查看。';

function cannotShow(file: OriginalFile, reason: string): OriginalView {
  return { shownAs: 'none', file, reason };
}

/** 原件: how the reader shows this document's original (see shared/model/original-view.ts). */
export async function viewOriginal(library: Library, documentId: string): Promise<OriginalView> {
  const stored = storedOriginalOf(library, documentId);
  if (stored === null) return { shownAs: 'none', file: null, reason: NO_ORIGINAL };
  const { file, absolutePath } = stored;
  const kind = originalFormatOf(file.fileName, readFilePiece(absolutePath, 0, 4096).bytes);
  switch (kind.format) {
    case 'pdf':
      return { shownAs: 'pdf', file };
    case 'image': {
      if (file.size > ORIGINAL_IMAGE_MAX_BYTES) return cannotShow(file, `图片太大（${megabytes(file.size)}），不在窗口中显示。${OPEN_ELSEWHERE}`);
      if (kind.drawable) return { shownAs: 'image', file, mediaType: kind.mediaType };
      if (kind.mediaType !== 'image/tiff') return cannotShow(file, `窗口中无法直接显示这种图片（${kind.mediaType.replace('image/', '').toUpperCase()}）。${OPEN_ELSEWHERE}`);
      // Chromium draws no TIFF: the viewing worker makes a PNG of its first page.
      const picture = await originalPageInWorker({ format: 'tiff', bytes: fs.readFileSync(absolutePath), encoding: null }, file.fileName);
      if (picture.kind !== 'picture') throw new CasebookError('INTERNAL', '原件无法显示。', `tiff answered ${picture.kind}`);
      const note = picture.pages > 1 ? `这个 TIFF 文件有 ${picture.pages} 页，窗口中只显示第一页。${OPEN_ELSEWHERE}` : null;
      return { shownAs: 'image', file, mediaType: 'image/tiff', converted: { mediaType: 'image/png', contentBase64: Buffer.from(picture.png).toString('base64'), note } };
    }
    case 'old-word':
      return cannotShow(file, `旧版 Word（.doc）文件无法在窗口中显示，请看“原文”。${OPEN_ELSEWHERE}`);
    case 'unknown':
      return cannotShow(file, `这种文件无法在窗口中显示，请看“原文”。${OPEN_ELSEWHERE}`);
    case 'word':
    case 'web-page':
    case 'mhtml':
    case 'text': {
      const bytes = fs.readFileSync(absolutePath);
      const page = await originalPageInWorker({ format: kind.format, bytes, encoding: file.encoding }, file.fileName);
      if (page.kind === 'picture') throw new CasebookError('INTERNAL', '原件无法显示。', `${kind.format} answered a picture`);
      return page.kind === 'text' ? { shownAs: 'text', file, text: page.text, truncated: page.truncated } : { shownAs: 'page', file, from: page.from, html: page.html, notes: page.notes };
    }
  }
}

/** A piece of the original's bytes for the window (pdf.js asks for the ranges it needs). */
export function readOriginal(library: Library, documentId: string, offset: number, length: number): { offset: number; size: number; contentBase64: string } {
  const stored = storedOriginalOf(library, documentId);
  if (stored === null) throw new CasebookError('NOT_FOUND', NO_ORIGINAL, `document ${documentId} has no original`);
  const { bytes, size } = readFilePiece(stored.absolutePath, offset, length);
  return { offset, size, contentBase64: bytes.toString('base64') };
}
