import { createHash } from 'node:crypto';

// MinHash over character shingles: Chinese has no spaces, so words are no unit; 3 characters are.
export const SIGNATURE_LENGTH = 128;
export const SHINGLE_SIZE = 3;
/** 32 bands of 4 rows: pairs above ≈ 0.5 similarity share a band with high probability (LSH). */
export const BANDS = 32;
const ROWS_PER_BAND = SIGNATURE_LENGTH / BANDS;

/** NFKC folds full-width forms; case, whitespace and punctuation do not make a copy original. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

export function shingles(text: string, size = SHINGLE_SIZE): Set<string> {
  const characters = Array.from(normaliseText(text));
  if (characters.length === 0) return new Set();
  if (characters.length <= size) return new Set([characters.join('')]);
  const result = new Set<string>();
  for (let index = 0; index + size <= characters.length; index++) result.add(characters.slice(index, index + size).join(''));
  return result;
}

function fnv1a(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) hash = Math.imul(hash ^ value.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

// Fixed seeds, so signatures computed today compare with those stored last year.
const permutations = (() => {
  let seed = 0x9e3779b9;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
  return Array.from({ length: SIGNATURE_LENGTH }, () => ({ multiplier: next() | 1, offset: next() }));
})();

function mix(value: number): number {
  let hash = value;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** The minimum of each of 128 hash permutations over the text's shingles; empty text has no signature. */
export function minHashSignature(text: string): number[] | null {
  const hashes = Array.from(shingles(text), fnv1a);
  if (hashes.length === 0) return null;
  return permutations.map(({ multiplier, offset }) => {
    let minimum = 0xffffffff;
    for (const hash of hashes) minimum = Math.min(minimum, mix((Math.imul(hash, multiplier) + offset) >>> 0));
    return minimum;
  });
}

/** The fraction of agreeing positions estimates the Jaccard similarity of the shingle sets. */
export function estimatedSimilarity(left: readonly number[], right: readonly number[]): number {
  let same = 0;
  for (let index = 0; index < SIGNATURE_LENGTH; index++) if (left[index] === right[index]) same++;
  return same / SIGNATURE_LENGTH;
}

/** One key per band; two texts sharing any key are candidates for the exact estimate. */
export function bandKeys(signature: readonly number[]): string[] {
  return Array.from({ length: BANDS }, (_, band) => `${band}:${signature.slice(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND).join('.')}`);
}

export function textHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}
