import { Converter } from 'opencc-js';
import { intensifiers, negationReach, negativeWords, negators, positiveWords } from './chinese-sentiment-lexicon';

export type Polarity = 'negative' | 'neutral' | 'positive';

export interface SentimentHit {
  word: string;
  /** Signed contribution after negation and intensity. */
  weight: number;
}

export interface Sentiment {
  score: number;
  polarity: Polarity;
  hits: SentimentHit[];
}

type TokenKind = 'polar' | 'intensifier' | 'negator';

const polarWeights = new Map<string, number>([
  ...Object.entries(negativeWords).map(([word, weight]) => [word, -weight] as const),
  ...Object.entries(positiveWords),
]);
const negatorSet = new Set(negators);
const intensifierWeights = new Map(Object.entries(intensifiers));
const longestEntry = Math.max(...[...polarWeights.keys(), ...negatorSet, ...intensifierWeights.keys()].map((word) => word.length));
// A clause boundary ends what a negator or intensifier reaches.
const clauseBoundary = /[，。！？；、,.!?;\n~～…]/;

const toSimplified = Converter({ from: 't', to: 'cn' });

function fold(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase());
}

/** The longest lexicon entry starting at `at`; on equal length a polar word beats an intensifier beats a negator. */
function tokenAt(text: string, at: number): { word: string; kind: TokenKind } | undefined {
  for (let length = Math.min(longestEntry, text.length - at); length > 0; length--) {
    const word = text.slice(at, at + length);
    if (polarWeights.has(word)) {
      // `好贵`: 好 intensifies the word after it rather than being praise itself.
      const next = intensifierWeights.has(word) ? tokenAt(text, at + length) : undefined;
      return next?.kind === 'polar' ? { word, kind: 'intensifier' } : { word, kind: 'polar' };
    }
    if (intensifierWeights.has(word)) return { word, kind: 'intensifier' };
    if (negatorSet.has(word)) return { word, kind: 'negator' };
  }
  return undefined;
}

/**
 * Lexicon-based sentiment of one Chinese message: polar words weighted, intensified by the word
 * before them, reversed by a negator shortly before (twice reversed is affirmed). Negated
 * intensity softens instead (`不太好` is mildly negative, not strongly).
 */
export function scoreSentiment(text: string): Sentiment {
  const folded = fold(text);
  const hits: SentimentHit[] = [];
  let negations = 0;
  let negationEnd = -Infinity;
  let intensity = 1;
  for (let at = 0; at < folded.length; ) {
    if (clauseBoundary.test(folded[at]!)) {
      [negations, intensity] = [0, 1];
      at++;
      continue;
    }
    const token = tokenAt(folded, at);
    if (!token) {
      at++;
      continue;
    }
    if (token.kind === 'negator') {
      negations = at - negationEnd <= negationReach ? negations + 1 : 1;
      negationEnd = at + token.word.length;
    } else if (token.kind === 'intensifier') {
      intensity = intensifierWeights.get(token.word)!;
    } else {
      const negated = negations % 2 === 1 && at - negationEnd <= negationReach;
      const base = polarWeights.get(token.word)!;
      const weight = negated ? -base * (intensity > 1 ? 0.5 : 1) : base * intensity;
      hits.push({ word: token.word, weight });
      [negations, intensity] = [0, 1];
    }
    at += token.word.length;
  }
  const score = hits.reduce((sum, hit) => sum + hit.weight, 0);
  return { score, polarity: score <= -1 ? 'negative' : score >= 1 ? 'positive' : 'neutral', hits };
}
