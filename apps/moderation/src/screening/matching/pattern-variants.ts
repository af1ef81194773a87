import { pinyin } from 'pinyin-pro';
import { foldCharacter } from '../normalise/fold-character';
import { commonAbbreviations } from './common-abbreviations';

export type VariantKind = 'literal' | 'pinyin' | 'abbreviation';

export interface PatternVariant {
  kind: VariantKind;
  /** In normalised form, ready for the automaton. */
  text: string;
}

/** Beyond this many characters a word gets only its full pinyin, not every mix (2^n). */
const MAX_MIXED_PINYIN_CHARACTERS = 4;

export function foldText(text: string): string {
  let folded = '';
  for (const codePoint of text) folded += foldCharacter(codePoint);
  return folded;
}

/**
 * Every way to write the word with some or all of its characters in pinyin (`weixin`, `wei信`,
 * `微xin`); the all-character form is the literal itself. Polyphones take the reading the word
 * gives them (银行 → yinhang): the rare readings (信 shen) would only add false hits.
 */
function pinyinVariants(word: string): string[] {
  const characters = pinyin(word, { toneType: 'none', type: 'all' });
  const mixed = characters.length <= MAX_MIXED_PINYIN_CHARACTERS;
  let variants = [''];
  for (const { origin, pinyin: reading, isZh } of characters) {
    const spelled = isZh ? foldText(reading) : '';
    const options = spelled.length === 0 ? [origin] : mixed ? [origin, spelled] : [spelled];
    variants = variants.flatMap((prefix) => options.map((option) => prefix + option));
  }
  return variants.filter((variant) => variant !== word);
}

function abbreviationVariants(word: string): string[] {
  const variants: string[] = [];
  for (const [full, stands] of commonAbbreviations) {
    const at = word.indexOf(full);
    if (at < 0) continue;
    for (const stand of stands) variants.push(foldText(word.slice(0, at) + stand + word.slice(at + full.length)));
  }
  return variants;
}

/** The normalised strings one literal (non-wildcard) entry is matched by. */
export function patternVariants(normalisedWord: string, options: { matchPinyin: boolean; matchAbbreviations: boolean }): PatternVariant[] {
  const variants: PatternVariant[] = [{ kind: 'literal', text: normalisedWord }];
  const seen = new Set([normalisedWord]);
  const push = (kind: VariantKind, text: string) => {
    if (text.length === 0 || seen.has(text)) return;
    seen.add(text);
    variants.push({ kind, text });
  };
  if (options.matchAbbreviations) for (const text of abbreviationVariants(normalisedWord)) push('abbreviation', text);
  if (options.matchPinyin) for (const text of pinyinVariants(normalisedWord)) push('pinyin', text);
  return variants;
}
