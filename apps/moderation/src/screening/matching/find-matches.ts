import type { WatchedWord } from '../../watched-words/watched-word';
import { gapBefore, originalRange, type NormalisedText } from '../normalise/normalised-text';
import type { CompiledWatchedList, PatternTarget, Wildcard } from './compiled-watched-list';
import type { VariantKind } from './pattern-variants';

export interface WatchedWordMatch {
  entry: WatchedWord;
  kind: VariantKind;
  /** UTF-16 offsets in the original text, end exclusive; separators inside the match included. */
  start: number;
  end: number;
  /** `original.slice(start, end)`: what the member actually wrote. */
  text: string;
}

// `*` takes a few letters or digits of the same kind as the piece beside it. Separators around a
// middle `*` are ignored as they are between literal characters (`代*发票` hits `代 开 发票`), but a
// run never spans one, and a leading or trailing `*` stops at the first: `fuck*` takes `ing` in
// `fucking you` and nothing in `fuck you`; `赌*` takes at most three characters.
const LATIN_WILDCARD_UNITS = 12;
const OTHER_WILDCARD_UNITS = 3;
const latinLetter = /[a-z]/;
const latinOrDigit = /[a-z0-9]/;

function isLatinLetter(text: string, index: number): boolean {
  return latinLetter.test(text[index] ?? '');
}

/** `class` must not hit `ass`: a Latin edge may touch another Latin letter only across a separator. */
function onWordEdges(normalised: NormalisedText, start: number, end: number): boolean {
  const { text } = normalised;
  const startOk = !isLatinLetter(text, start) || !isLatinLetter(text, start - 1) || gapBefore(normalised, start);
  const endOk = !isLatinLetter(text, end - 1) || !isLatinLetter(text, end) || gapBefore(normalised, end);
  return startOk && endOk;
}

function sameKind(text: string, index: number, beside: number): boolean {
  return latinOrDigit.test(text[index] ?? '') === latinOrDigit.test(text[beside] ?? '');
}

function wildcardUnits(text: string, index: number): number {
  return latinOrDigit.test(text[index] ?? '') ? LATIN_WILDCARD_UNITS : OTHER_WILDCARD_UNITS;
}

/** Completes a wildcard entry around a hit of its first piece; undefined when the rest is not there. */
function completeWildcard(normalised: NormalisedText, shape: Wildcard, hitStart: number, hitEnd: number): { start: number; end: number } | undefined {
  const { text } = normalised;
  let start = hitStart;
  if (shape.leading) {
    const limit = wildcardUnits(text, hitStart);
    while (hitStart - start < limit && start > 0 && !gapBefore(normalised, start) && sameKind(text, start - 1, hitStart)) start--;
  }
  let end = hitEnd;
  for (const segment of shape.segments.slice(1)) {
    const limit = wildcardUnits(text, end - 1);
    let at = end;
    while (!text.startsWith(segment, at)) {
      const insideRun = at > end;
      if (at - end >= limit || at >= text.length || (insideRun && gapBefore(normalised, at)) || !sameKind(text, at, end - 1)) return undefined;
      at++;
    }
    end = at + segment.length;
  }
  if (shape.trailing) {
    const last = end - 1;
    const limit = wildcardUnits(text, last);
    while (end - last - 1 < limit && end < text.length && !gapBefore(normalised, end) && sameKind(text, end, last)) end++;
  }
  return { start, end };
}

function matchOf(
  list: CompiledWatchedList,
  normalised: NormalisedText,
  target: PatternTarget,
  hit: { start: number; end: number },
): WatchedWordMatch | undefined {
  const range = target.wildcard ? completeWildcard(normalised, target.wildcard, hit.start, hit.end) : hit;
  if (!range) return undefined;
  if (target.wholeWord && !onWordEdges(normalised, range.start, range.end)) return undefined;
  const { start, end } = originalRange(normalised, range.start, range.end);
  return { entry: list.entries[target.entryIndex]!, kind: target.kind, start, end, text: normalised.original.slice(start, end) };
}

/** Every entry the text hits, each (entry, range) once, in text order. */
export function findMatches(list: CompiledWatchedList, normalised: NormalisedText): WatchedWordMatch[] {
  if (!list.automaton || normalised.text.length === 0) return [];
  const found = new Map<string, WatchedWordMatch>();
  for (const hit of list.automaton.iterate(normalised.text, { strategy: 'all' })) {
    for (const target of hit.data ?? []) {
      const match = matchOf(list, normalised, target, hit);
      if (!match) continue;
      const key = `${target.entryIndex}:${match.start}:${match.end}`;
      if (!found.has(key)) found.set(key, match);
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}
