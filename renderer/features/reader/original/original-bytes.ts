import { PDFDataRangeTransport } from 'pdfjs-dist';
import { ORIGINAL_READ_MAX_BYTES } from '../../../../shared/model/original-view';
import { api } from '../../../app/api-client';

export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Bytes [begin, end) of a document's original, asked for in pieces the contract allows. */
export async function readOriginalRange(documentId: string, begin: number, end: number): Promise<Uint8Array> {
  const out = new Uint8Array(Math.max(0, end - begin));
  let at = begin;
  while (at < end) {
    const piece = await api['originals.read']({ id: documentId, offset: at, length: Math.min(ORIGINAL_READ_MAX_BYTES, end - at) });
    const bytes = decodeBase64(piece.contentBase64);
    if (bytes.length === 0) break;
    out.set(bytes, at - begin);
    at += bytes.length;
  }
  return at === end ? out : out.subarray(0, at - begin);
}

/**
 * pdf.js reads a big PDF by ranges as it needs them (the pages in view, the cross-reference table),
 * so a 300-page scan is never sent to the window whole.
 */
export class OriginalRangeTransport extends PDFDataRangeTransport {
  constructor(
    private readonly documentId: string,
    size: number,
    initialData: Uint8Array,
    private readonly onError: (error: unknown) => void,
  ) {
    super(size, initialData);
  }

  override requestDataRange(begin: number, end: number): void {
    readOriginalRange(this.documentId, begin, end).then(
      (bytes) => this.onDataRange(begin, bytes),
      (error: unknown) => this.onError(error),
    );
  }
}
