import type { NormalisedText } from '../normalise/normalised-text';
import type { ScreeningContext } from '../screening-context';

export type RiskSignalCode = 'link' | 'phone_number' | 'wechat_id' | 'qr_code_hint' | 'repeated_characters' | 'flooding';

export interface RiskSignal {
  code: RiskSignalCode;
  /** This signal's own probability that the text is spam or abuse, 0–1. */
  weight: number;
  /** The piece of text (or count) that raised it, for the reviewer. */
  evidence: string;
}

export interface RiskAssessment {
  /** 0 (clean) to 1 (certainly bad). */
  score: number;
  signals: RiskSignal[];
}

/** Pluggable: the rule-based classifier ships; a model-backed one can take its place behind this interface. */
export interface RiskClassifier {
  assess(text: NormalisedText, context: ScreeningContext): RiskAssessment;
}

/** Independent signals combine as a noisy OR: two weak signals make a stronger one, never above 1. */
export function combinedScore(signals: readonly RiskSignal[]): number {
  const clean = signals.reduce((probability, signal) => probability * (1 - signal.weight), 1);
  return Math.round((1 - clean) * 1000) / 1000;
}
