import { SIGNATURE_SCHEME, bandKeys, minhashSignature } from './minhash';
import type { StoredSignature } from './signatures-repo';
import { MIN_SHINGLES, shingleHashes } from './shingles';

/** Shingles → MinHash → band keys for one cleaned text. Pure computation, no database. */
export function signatureOfText(text: string): StoredSignature {
  const shingles = shingleHashes(text);
  if (shingles.length < MIN_SHINGLES) return { scheme: SIGNATURE_SCHEME, shingleCount: shingles.length, signature: null, bandKeys: [] };
  const signature = minhashSignature(shingles);
  return { scheme: SIGNATURE_SCHEME, shingleCount: shingles.length, signature, bandKeys: bandKeys(signature) };
}
