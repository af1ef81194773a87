import { confusablesMap } from 'confusables';

const cache = new Map<string, string>();
const han = /\p{Script=Han}/u;
const combiningMark = /\p{M}/gu;
const kept = /[\p{L}\p{N}]/u;

function foldUncached(codePoint: string): string {
  let folded = '';
  for (const character of codePoint.normalize('NFKC')) {
    if (han.test(character)) {
      folded += character;
      continue;
    }
    // Look-alikes (Cyrillic а, 𝐟, ⓕ, ü) become the Latin letter they imitate; accents go with them.
    const latin = (confusablesMap.get(character) ?? character).toLowerCase().normalize('NFD').replace(combiningMark, '');
    for (const unit of latin) if (kept.test(unit)) folded += unit;
  }
  return folded;
}

/**
 * What one code point contributes to the matched text: full-width to half-width (NFKC), look-alikes
 * to Latin, lower case; nothing for punctuation, symbols, emoji, spaces and invisible characters, so
 * `微 信`, `微-信`, `微\u200b信` and `微😀信` all read `微信`.
 */
export function foldCharacter(codePoint: string): string {
  const code = codePoint.codePointAt(0) ?? 0;
  if (code < 0x80) return /[a-z0-9]/i.test(codePoint) ? codePoint.toLowerCase() : '';
  if (code >= 0x4e00 && code <= 0x9fff) return codePoint;
  let folded = cache.get(codePoint);
  if (folded === undefined) {
    folded = foldUncached(codePoint);
    cache.set(codePoint, folded);
  }
  return folded;
}
