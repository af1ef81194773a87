import type { Decider } from '@groundswell/event-store';
import { LifecycleRulesDefinedV1, type Actor } from '@groundswell/events';
import { operatorsOnly, requireActor } from '../shared/actor-policy';
import { domainEvent, type DomainEventOf } from '../shared/domain-event';
import { toInstant } from '../shared/instant';
import { defaultLifecycleRules } from './default-lifecycle-rules';
import { checkLifecycleRuleSet, type LifecycleRuleSet, type StageThreshold } from './lifecycle-rule-set';

/** A tenant's lifecycle rules: one stream, on the community topic (no member id, so member consumers skip it). */
export const lifecycleRulesStream = { streamId: 'lifecycle-rules', streamType: 'community' } as const;

export type LifecycleRulesChange = Omit<LifecycleRuleSet, 'version'>;

export type LifecycleRulesCommand = { type: 'DefineLifecycleRules'; rules: LifecycleRulesChange; by: Actor; at: Date };

export type LifecycleRulesEvent = DomainEventOf<typeof LifecycleRulesDefinedV1>;

/** The rules in force: the built-in version 1 until the tenant defines its own. */
export interface LifecycleRulesState {
  rules: LifecycleRuleSet;
}

const threshold = ({ minActiveDays, minInteractions, minContributions }: StageThreshold): StageThreshold => ({ minActiveDays, minInteractions, minContributions });

/** The rules with their keys in one order, whatever order the input or a stored jsonb event had them in. */
function canonical(rules: LifecycleRulesChange): LifecycleRulesChange {
  const { promotion, dormantAfterInactiveDays, churnedAfterInactiveDays, demotionCadence, utcOffsetMinutes } = rules;
  return {
    promotion: { active: threshold(promotion.active), core: threshold(promotion.core), koc: threshold(promotion.koc) },
    dormantAfterInactiveDays,
    churnedAfterInactiveDays,
    demotionCadence,
    utcOffsetMinutes,
  };
}

const sameRules = (a: LifecycleRulesChange, b: LifecycleRulesChange) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Every change is a new version, so each stage change can name the rules that caused it. */
export const lifecycleRulesDecider: Decider<LifecycleRulesCommand, LifecycleRulesEvent, LifecycleRulesState> = {
  initialState: () => ({ rules: defaultLifecycleRules }),
  evolve(_state, event) {
    return { rules: { version: event.data.version, ...canonical(event.data) } };
  },
  decide(command, state) {
    requireActor(command.by, operatorsOnly, 'define lifecycle rules');
    const definedAt = toInstant(command.at);
    const rules = checkLifecycleRuleSet({ version: state.rules.version + 1, ...canonical(command.rules) });
    if (sameRules(rules, state.rules)) return [];
    return [domainEvent(LifecycleRulesDefinedV1, { ...rules, definedBy: command.by, definedAt })];
  },
};
