import AhoCorasick from 'modern-ahocorasick';
import type { WatchedWord } from '../../watched-words/watched-word';
import { foldText, patternVariants, type VariantKind } from './pattern-variants';

/** `*` in a pattern: the literal pieces around it, in normalised form. */
export interface Wildcard {
  segments: string[];
  leading: boolean;
  trailing: boolean;
}

/** What an automaton hit means: which entry, through which spelling, and for wildcards how to finish the match. */
export interface PatternTarget {
  entryIndex: number;
  kind: VariantKind;
  /** Latin edges must not run into more Latin letters. Always on for generated spellings (`sb` in `usb`). */
  wholeWord: boolean;
  wildcard?: Wildcard;
}

export interface CompiledWatchedList {
  version: number;
  entries: readonly WatchedWord[];
  automaton: AhoCorasick<PatternTarget[]> | undefined;
}

function wildcard(pattern: string): Wildcard {
  const pieces = pattern.split('*');
  return {
    segments: pieces.map(foldText).filter((segment) => segment.length > 0),
    leading: pattern.trimStart().startsWith('*'),
    trailing: pattern.trimEnd().endsWith('*'),
  };
}

function targetsOf(entry: WatchedWord, entryIndex: number): { text: string; target: PatternTarget }[] {
  const { wholeWord, matchPinyin, matchAbbreviations } = entry.options;
  if (entry.pattern.includes('*')) {
    const shape = wildcard(entry.pattern);
    return [{ text: shape.segments[0]!, target: { entryIndex, kind: 'literal', wholeWord, wildcard: shape } }];
  }
  return patternVariants(foldText(entry.pattern), { matchPinyin, matchAbbreviations }).map(({ kind, text }) => ({
    text,
    target: { entryIndex, kind, wholeWord: wholeWord || kind !== 'literal' },
  }));
}

/**
 * One automaton for a list version: build it once when the list changes and share it across every
 * screening of that version. Entries that fold to nothing (possible only for legacy data) are skipped.
 */
export function compileWatchedList(entries: readonly WatchedWord[], version: number): CompiledWatchedList {
  const targetsByText = new Map<string, PatternTarget[]>();
  entries.forEach((entry, entryIndex) => {
    for (const { text, target } of targetsOf(entry, entryIndex)) {
      if (!text) continue;
      const targets = targetsByText.get(text);
      if (targets) targets.push(target);
      else targetsByText.set(text, [target]);
    }
  });
  const patterns = [...targetsByText].map(([pattern, data]) => ({ pattern, data }));
  return { version, entries, automaton: patterns.length > 0 ? new AhoCorasick(patterns) : undefined };
}
