import { isDeepStrictEqual } from 'node:util';
import type { Decider } from '@groundswell/event-store';
import { checkEscalationSteps, defaultEscalationPolicy, type EscalationPolicy, type EscalationStep } from './escalation-policy';

export const escalationPolicyEventTypes = { set: 'groundswell.moderation.EscalationPolicySet.v1' } as const;

// Internal: the policy matters to this service's decisions, and each sanction it causes names its version.
export interface EscalationPolicySet {
  type: typeof escalationPolicyEventTypes.set;
  data: { version: number; steps: EscalationStep[]; setBy: string };
}

export type EscalationPolicyEvent = EscalationPolicySet;

export interface SetEscalationPolicy {
  type: 'SetEscalationPolicy';
  steps: EscalationStep[];
  by: string;
}

export const escalationPolicyStreamType = 'escalation-policy';

export const escalationPolicyStream = (tenantId: string) => ({ tenantId, streamId: 'escalation-policy', streamType: escalationPolicyStreamType });

// Only the fields a step has, in one order, whatever object the caller passed (GraphQL inputs are class instances).
const plainStep = ({ ofKind, count, withinDays, then }: EscalationStep): EscalationStep => ({
  ofKind,
  count,
  withinDays,
  then: then.durationMinutes === undefined || then.durationMinutes === null ? { kind: then.kind } : { kind: then.kind, durationMinutes: then.durationMinutes },
});

export const escalationPolicyDecider: Decider<SetEscalationPolicy, EscalationPolicyEvent, EscalationPolicy> = {
  initialState: () => defaultEscalationPolicy,
  decide(command, state) {
    const steps = command.steps.map(plainStep);
    checkEscalationSteps(steps);
    // Setting the policy in force again is a retry, not a new version.
    if (isDeepStrictEqual(steps, state.steps)) return [];
    return [{ type: escalationPolicyEventTypes.set, data: { version: state.version + 1, steps, setBy: command.by } }];
  },
  evolve: (_state, event) => ({ version: event.data.version, steps: event.data.steps }),
};
