import { measure, type Measurement } from './measure';
import { RuleBasedRiskClassifier } from '../../apps/moderation/src/screening/classifier/rule-based-risk-classifier';
import { compileWatchedList } from '../../apps/moderation/src/screening/matching/compiled-watched-list';
import { foldText, patternVariants } from '../../apps/moderation/src/screening/matching/pattern-variants';
import { normaliseText } from '../../apps/moderation/src/screening/normalise/normalised-text';
import { screen } from '../../apps/moderation/src/screening/screen';
import { generateMessages, generateWatchedList } from './screening-corpus';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pass over the messages before measuring, so every contender is measured with its code optimised. */
async function warmedMeasure(scenario: string, messages: readonly string[], task: (index: number) => Promise<void>): Promise<Measurement> {
  for (let index = 0; index < messages.length; index++) await task(index);
  return measure(scenario, messages.length, 1, task);
}

/**
 * Screening with a 10,000-entry list against two naive matchers in the same run, all three over
 * the same normalised text (so the difference is the matching alone, plus what screening adds):
 * a loop of `includes` over every spelling, and one regular expression alternating all of them.
 */
export async function benchScreening(listSize = 10_000, messageCount = 3_000): Promise<Measurement[]> {
  const entries = generateWatchedList(listSize);
  const messages = generateMessages(messageCount);
  const results: Measurement[] = [];

  let list = compileWatchedList([], 0);
  results.push(await measure(`screening: compile ${listSize}-entry list`, 1, 1, async () => void (list = compileWatchedList(entries, 1))));

  const classifier = new RuleBasedRiskClassifier();
  // Every matcher counts its hits into `hits`, which is printed: nothing the engine could drop as unused.
  const hits = { screen: 0, automaton: 0, includes: 0, regex: 0 };
  const perRun = (count: number) => count / 2;
  results.push(
    await warmedMeasure(`screening: screen() ${listSize} entries`, messages, async (index) => {
      hits.screen += screen(messages[index]!, list, classifier, { memberMessagesLastMinute: 2 }).matches.length;
    }),
  );

  results.push(
    await warmedMeasure('matching only: normalise + Aho-Corasick', messages, async (index) => {
      hits.automaton += list.automaton?.search(normaliseText(messages[index]!).text, { strategy: 'all' }).length ?? 0;
    }),
  );

  // The strings the automaton holds: every spelling, and the first piece of each wildcard.
  const spellingsOf = (pattern: string, options: (typeof entries)[number]['options']) =>
    pattern.includes('*') ? [foldText(pattern.split('*').find((piece) => foldText(piece).length > 0)!)] : patternVariants(foldText(pattern), options).map((variant) => variant.text);
  const spellings = [...new Set(entries.flatMap((entry) => spellingsOf(entry.pattern, entry.options)))];
  results.push(await warmedMeasure(`baseline: normalise + includes ×${spellings.length}`, messages, async (index) => {
    const { text } = normaliseText(messages[index]!);
    for (const spelling of spellings) if (text.includes(spelling)) hits.includes += 1;
  }));

  const alternation = new RegExp(spellings.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  results.push(await warmedMeasure(`baseline: normalise + one regex alternation`, messages, async (index) => {
    hits.regex += normaliseText(messages[index]!).text.match(alternation)?.length ?? 0;
  }));
  console.log(
    `hits over ${messages.length} messages — screen(): ${perRun(hits.screen)}, automaton (all spellings, overlapping): ${perRun(hits.automaton)}, includes: ${perRun(hits.includes)}, regex (non-overlapping): ${perRun(hits.regex)}`,
  );
  return results;
}
