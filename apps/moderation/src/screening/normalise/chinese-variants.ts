import { Converter } from 'opencc-js';

// OpenCC's standard traditional set, which folds the Taiwan and Hong Kong variants (裡, 裏) as well.
const traditionalToSimplified = Converter({ from: 't', to: 'cn' });

/**
 * The text's code points in simplified form, one for one with the original's. OpenCC converts
 * phrases as a whole (乾燥 → 干燥 but 乾隆 stays), which keeps the count; should a conversion ever
 * change it, each code point is converted alone so the offsets stay true.
 */
export function simplifiedCodePoints(text: string): string[] {
  const original = Array.from(text);
  const converted = Array.from(traditionalToSimplified(text));
  return converted.length === original.length ? converted : original.map((codePoint) => traditionalToSimplified(codePoint));
}
