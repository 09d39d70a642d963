import { decodeText } from '../import/decode-text';
import { MAX_TEXT_BYTES, refuseOversized } from '../import/size-limits';
import { tiffPicture } from './tiff-picture';
import { mhtmlPageView, savedPageView } from './web-page-view';
import { wordView } from './word-view';

/** One original for a viewing worker to turn into something the window can show. */
export interface OriginalPageTask {
  format: 'word' | 'web-page' | 'mhtml' | 'text' | 'tiff';
  bytes: Uint8Array;
  /** The encoding the document was read in (text and web pages), else null. */
  encoding: string | null;
}

export type OriginalPage =
  | { kind: 'page'; from: 'word' | 'web'; html: string; notes: string[] }
  | { kind: 'text'; text: string; truncated: boolean }
  /** A TIFF's first page as a PNG; `pages` counts the images in the file. */
  | { kind: 'picture'; png: Uint8Array; pages: number };

/** A text original shows whole up to this many characters (a long one is cut, and says so). */
const MAX_SHOWN_TEXT_CHARS = 2_000_000;

export async function originalPage(task: OriginalPageTask): Promise<OriginalPage> {
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  switch (task.format) {
    case 'word':
      return wordView(bytes);
    case 'web-page':
      return savedPageView(bytes, task.encoding);
    case 'mhtml':
      return mhtmlPageView(bytes, task.encoding);
    case 'tiff': {
      const picture = tiffPicture(bytes);
      return { kind: 'picture', png: new Uint8Array(picture.png), pages: picture.pages };
    }
    case 'text': {
      refuseOversized(bytes, MAX_TEXT_BYTES, '文本文件');
      const { text } = decodeText(bytes, task.encoding ?? undefined);
      return { kind: 'text', text: text.slice(0, MAX_SHOWN_TEXT_CHARS), truncated: text.length > MAX_SHOWN_TEXT_CHARS };
    }
  }
}
