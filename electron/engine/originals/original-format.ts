import path from 'node:path';

/** What kind of file an original is, from its first bytes where they tell, else from its name. */
export type OriginalFormat =
  | { format: 'pdf' }
  | { format: 'image'; mediaType: string; drawable: boolean }
  | { format: 'word' }
  | { format: 'old-word' }
  | { format: 'web-page' }
  | { format: 'mhtml' }
  | { format: 'text' }
  | { format: 'unknown' };

const startsWith = (head: Buffer, bytes: readonly number[]) => bytes.every((byte, index) => head[index] === byte);
const ascii = (head: Buffer, from: number, to: number) => head.subarray(from, to).toString('latin1');

/** Images by signature; Chromium draws all of these but TIFF. */
function imageOf(head: Buffer): OriginalFormat | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return { format: 'image', mediaType: 'image/png', drawable: true };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { format: 'image', mediaType: 'image/jpeg', drawable: true };
  if (ascii(head, 0, 4) === 'GIF8') return { format: 'image', mediaType: 'image/gif', drawable: true };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { format: 'image', mediaType: 'image/webp', drawable: true };
  if (ascii(head, 0, 2) === 'BM') return { format: 'image', mediaType: 'image/bmp', drawable: true };
  if (ascii(head, 4, 12) === 'ftypavif') return { format: 'image', mediaType: 'image/avif', drawable: true };
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return { format: 'image', mediaType: 'image/tiff', drawable: false };
  return null;
}

export function originalFormatOf(fileName: string, head: Buffer): OriginalFormat {
  // A PDF may carry a few bytes of junk before its header; readers accept it within the first KB.
  if (head.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) return { format: 'pdf' };
  const image = imageOf(head);
  if (image) return image;
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '.docx' && startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return { format: 'word' };
  if (extension === '.doc' || extension === '.docx' || extension === '.wps') return { format: 'old-word' };
  if (extension === '.mhtml' || extension === '.mht') return { format: 'mhtml' };
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml' || extension === '.shtml') return { format: 'web-page' };
  if (['.txt', '.text', '.md', '.markdown', '.csv'].includes(extension)) return { format: 'text' };
  return { format: 'unknown' };
}
