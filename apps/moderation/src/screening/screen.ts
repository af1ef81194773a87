import type { SilenceSanction } from '../watched-words/watched-word';
import { censorText } from './censor';
import type { RiskAssessment, RiskClassifier } from './classifier/risk-classifier';
import type { CompiledWatchedList } from './matching/compiled-watched-list';
import { findMatches, type WatchedWordMatch } from './matching/find-matches';
import { normaliseText } from './normalise/normalised-text';
import { DEFAULT_REVIEW_RISK_THRESHOLD, type ScreeningContext } from './screening-context';

export type ScreeningVerdict = 'pass' | 'censored' | 'needs_review' | 'blocked';

export interface ScreeningResult {
  verdict: ScreeningVerdict;
  matches: WatchedWordMatch[];
  /** The original with `censor` matches masked and `replace` matches replaced; equal to it when nothing applies. */
  censoredText: string;
  listVersion: number;
  risk: RiskAssessment;
  /** A `flag` entry matched: open a review case, but do not hold the text for it. */
  flagged: boolean;
  /** Tag keys of matched `tag` entries, each once. */
  tags: string[];
  /** Sanctions asked for by matched `silence` entries, with the entry that asked. */
  sanctions: { entryId: string; sanction: SilenceSanction }[];
}

/**
 * How matches combine into one verdict, strongest first:
 *   1. `blocked`      — any `block` or `silence` match (silence also asks for its sanction);
 *   2. `needs_review` — any `require_approval` match, or a risk score at or above the threshold;
 *   3. `censored`     — any `censor` or `replace` match (the text goes out as `censoredText`);
 *   4. `pass`.
 * `flag` and `tag` never change the verdict: they set `flagged` and `tags` beside it.
 */
function verdictOf(matches: readonly WatchedWordMatch[], risk: RiskAssessment, context: ScreeningContext): ScreeningVerdict {
  const actions = new Set(matches.map((match) => match.entry.action.type));
  if (actions.has('block') || actions.has('silence')) return 'blocked';
  if (actions.has('require_approval') || risk.score >= (context.reviewRiskThreshold ?? DEFAULT_REVIEW_RISK_THRESHOLD)) return 'needs_review';
  if (actions.has('censor') || actions.has('replace')) return 'censored';
  return 'pass';
}

export function screen(text: string, list: CompiledWatchedList, classifier: RiskClassifier, context: ScreeningContext = {}): ScreeningResult {
  const normalised = normaliseText(text);
  const matches = findMatches(list, normalised);
  const risk = classifier.assess(normalised, context);
  const masks = matches.filter((match) => match.entry.action.type === 'censor');
  const replacements = matches.flatMap((match) =>
    match.entry.action.type === 'replace' ? [{ start: match.start, end: match.end, replacement: match.entry.action.replacement }] : [],
  );
  const tags = new Set<string>();
  const sanctions: ScreeningResult['sanctions'] = [];
  for (const { entry } of matches) {
    if (entry.action.type === 'tag') tags.add(entry.action.tagKey);
    if (entry.action.type === 'silence' && !sanctions.some((asked) => asked.entryId === entry.entryId)) {
      sanctions.push({ entryId: entry.entryId, sanction: entry.action.sanction });
    }
  }
  return {
    verdict: verdictOf(matches, risk, context),
    matches,
    censoredText: censorText(text, masks, replacements),
    listVersion: list.version,
    risk,
    flagged: matches.some((match) => match.entry.action.type === 'flag'),
    tags: [...tags],
    sanctions,
  };
}
