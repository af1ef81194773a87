import { simplifiedCodePoints } from './chinese-variants';
import { foldCharacter } from './fold-character';

/**
 * The text matching runs on, with the way back: unit `i` of `text` came from
 * `original.slice(starts[i], ends[i])` (one code point, surrogate pairs whole).
 */
export interface NormalisedText {
  original: string;
  text: string;
  starts: Uint32Array;
  ends: Uint32Array;
}

export function normaliseText(original: string): NormalisedText {
  const simplified = simplifiedCodePoints(original);
  // NFKC can make several units of one code point (㍻ → 平成), so the map grows as it goes.
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let offset = 0;
  for (const codePoint of simplified) {
    const width = original.codePointAt(offset)! > 0xffff ? 2 : 1;
    const folded = foldCharacter(codePoint);
    for (let unit = 0; unit < folded.length; unit++) {
      starts.push(offset);
      ends.push(offset + width);
    }
    text += folded;
    offset += width;
  }
  return { original, text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** Whether something was dropped (a separator, an emoji, a space) between units `index - 1` and `index`. */
export function gapBefore(normalised: NormalisedText, index: number): boolean {
  return index > 0 && index < normalised.text.length && normalised.starts[index]! > normalised.ends[index - 1]!;
}

/** The original UTF-16 range behind normalised units [start, end). */
export function originalRange(normalised: NormalisedText, start: number, end: number): { start: number; end: number } {
  return { start: normalised.starts[start]!, end: normalised.ends[end - 1]! };
}
