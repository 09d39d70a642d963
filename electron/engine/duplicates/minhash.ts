/**
 * MinHash signatures and LSH banding. A signature keeps, for each of NUM_HASHES hash functions, the
 * smallest hash over a document's shingles; the share of positions where two signatures agree
 * estimates the Jaccard similarity of the two shingle sets (standard error ≈ √(J(1−J)/128) ≤ 0.045).
 *
 * For lookup the first BANDS × ROWS values are cut into BANDS bands of ROWS values; two documents
 * become candidates when any band is identical. A pair with similarity s shares a band with
 * probability 1 − (1 − s³)⁴²: 0.94 at s = 0.4, 0.996 at 0.5, 0.9999 at 0.6, but 0.29 at 0.2 and 0.04
 * at 0.1 — so pairs above the threshold (0.40) are found, and the many documents that share a few
 * slogans with a new one are rarely even looked at.
 *
 * The hash functions are fixed by SIGNATURE_SCHEME: changing them (or the shingling) needs a new scheme
 * number, which makes the engine recompute every stored signature.
 */
import { mix32 } from './shingles';

export const SIGNATURE_SCHEME = 1;
export const NUM_HASHES = 128;
export const BANDS = 42;
export const ROWS = 3;

/** Deterministic coefficients for h_i(x) = mix(a_i · x + b_i), a_i odd. Never change them (see scheme). */
const COEFFICIENTS = (() => {
  const a = new Uint32Array(NUM_HASHES);
  const b = new Uint32Array(NUM_HASHES);
  let state = 0x9e3779b9;
  const next = (): number => {
    // splitmix32
    state = (state + 0x9e3779b9) >>> 0;
    return mix32(state);
  };
  for (let i = 0; i < NUM_HASHES; i += 1) {
    a[i] = (next() | 1) >>> 0;
    b[i] = next();
  }
  return { a, b };
})();

export type Signature = Uint32Array;

/** The MinHash signature of a set of shingle hashes (all 0xffffffff for an empty set). */
export function minhashSignature(shingles: Uint32Array): Signature {
  const signature = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const { a, b } = COEFFICIENTS;
  for (const shingle of shingles) {
    for (let i = 0; i < NUM_HASHES; i += 1) {
      // A cheap extra mix after the affine step keeps the minima of nearby shingle hashes independent.
      let h = (Math.imul(a[i] ?? 1, shingle) + (b[i] ?? 0)) >>> 0;
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d) >>> 0;
      h ^= h >>> 12;
      if (h >>> 0 < (signature[i] ?? 0)) signature[i] = h >>> 0;
    }
  }
  return signature;
}

/** The share of positions where two signatures agree: an estimate of their Jaccard similarity. */
export function estimateSimilarity(left: Signature, right: Signature): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i += 1) if (left[i] === right[i]) same += 1;
  return same / NUM_HASHES;
}

/**
 * One integer per band: the band number in the high bits, a hash of its ROWS values in the low 32,
 * so one indexed column holds every band (and stays below 2^53).
 */
export function bandKeys(signature: Signature): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band += 1) {
    let h = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS; row += 1) h = mix32(Math.imul(h, 0x01000193) ^ (signature[band * ROWS + row] ?? 0));
    keys.push(band * 0x1_0000_0000 + h);
  }
  return keys;
}

/** Little-endian bytes, the same on every machine. */
export function encodeSignature(signature: Signature): Buffer {
  const bytes = Buffer.alloc(signature.length * 4);
  signature.forEach((value, index) => bytes.writeUInt32LE(value, index * 4));
  return bytes;
}

export function decodeSignature(bytes: Uint8Array): Signature {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = new Uint32Array(Math.floor(buffer.length / 4));
  for (let i = 0; i < signature.length; i += 1) signature[i] = buffer.readUInt32LE(i * 4);
  return signature;
}
