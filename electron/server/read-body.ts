import type { IncomingMessage } from 'node:http';

/** Room for import.upload: up to 400 MB of base64 plus the JSON around it. */
export const DEFAULT_MAX_BODY_BYTES = 450 * 1024 * 1024;

/** Past this much beyond the limit we stop reading politely and drop the connection. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

export type BodyResult =
  | { kind: 'ok'; body: Buffer }
  | { kind: 'too-large'; received: number; closeConnection: boolean }
  | { kind: 'aborted' };

/**
 * Reads a request body, counting bytes as they stream in (Content-Length is only a claim). When the
 * limit is passed it stops keeping data but drains the rest, so the client still reads our 413 answer;
 * a body far beyond the limit is cut off instead.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let tooLarge = false;
    let settled = false;
    const settle = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };

    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit + MAX_DRAIN_BYTES) {
      request.resume();
      settle({ kind: 'too-large', received: declared, closeConnection: true });
      return;
    }

    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        tooLarge = true;
        chunks.length = 0;
        if (received > limit + MAX_DRAIN_BYTES) {
          request.pause();
          settle({ kind: 'too-large', received, closeConnection: true });
        }
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      settle(tooLarge ? { kind: 'too-large', received, closeConnection: false } : { kind: 'ok', body: Buffer.concat(chunks, received) });
    });
    request.on('close', () => {
      if (!request.complete) settle({ kind: 'aborted' });
    });
    request.on('error', () => settle({ kind: 'aborted' }));
  });
}
