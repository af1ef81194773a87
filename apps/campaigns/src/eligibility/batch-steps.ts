import type { EventEnvelope } from '@groundswell/events';
import { factChangeOf, latestFacts, type FactChange } from './eligibility-facts';
import { identityChangeOf, type IdentityChange } from './member-identity-changes';

export type BatchStep = { kind: 'facts'; changes: FactChange[] } | { kind: 'identity'; change: IdentityChange };

/**
 * A batch as the steps that apply it in order: the fact changes between two merges or erasures are
 * reduced and written together, while a merge or an erasure waits for the facts before it, as it
 * moves or deletes what they wrote.
 */
export function batchSteps(envelopes: readonly EventEnvelope[]): BatchStep[] {
  const steps: BatchStep[] = [];
  let pending: FactChange[] = [];
  const flush = () => {
    if (pending.length) steps.push({ kind: 'facts', changes: latestFacts(pending) });
    pending = [];
  };
  for (const envelope of envelopes) {
    const identity = identityChangeOf(envelope);
    if (identity) {
      flush();
      steps.push({ kind: 'identity', change: identity });
      continue;
    }
    const fact = factChangeOf(envelope);
    if (fact) pending.push(fact);
  }
  flush();
  return steps;
}
