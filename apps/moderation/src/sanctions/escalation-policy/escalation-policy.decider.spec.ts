import { deciderSpec } from '@groundswell/event-store/testing';
import { SanctionError } from '../sanctions.error';
import type { EscalationStep } from './escalation-policy';
import { escalationPolicyDecider, escalationPolicyEventTypes, type EscalationPolicyEvent } from './escalation-policy.decider';

const threeWarningsMuteADay: EscalationStep = { ofKind: 'warning', count: 3, withinDays: 30, then: { kind: 'mute', durationMinutes: 1440 } };
const twoMutesRemove: EscalationStep = { ofKind: 'mute', count: 2, withinDays: 60, then: { kind: 'remove' } };
const set = (steps: EscalationStep[]) => ({ type: 'SetEscalationPolicy' as const, steps, by: 'u-owner' });
const policySet = (version: number, steps: EscalationStep[]): EscalationPolicyEvent => ({ type: escalationPolicyEventTypes.set, data: { version, steps, setBy: 'u-owner' } });

describe('escalationPolicyDecider', () => {
  const spec = deciderSpec(escalationPolicyDecider);

  describe('SetEscalationPolicy', () => {
    it('should version each change of the policy, starting after the default', () => {
      spec.given([]).when(set([threeWarningsMuteADay, twoMutesRemove])).then([policySet(1, [threeWarningsMuteADay, twoMutesRemove])]);
      spec.given([policySet(1, [threeWarningsMuteADay, twoMutesRemove])]).when(set([])).then([policySet(2, [])]);
    });

    it('should change nothing when the policy in force is set again', () => {
      spec.given([]).when(set([{ ...threeWarningsMuteADay, then: { ...threeWarningsMuteADay.then } }])).then([]);
    });

    it.each([
      ['a step that does not climb the ladder', { ...twoMutesRemove, then: { kind: 'warning' } }],
      ['a count below two', { ...twoMutesRemove, count: 1 }],
      ['a window of no days', { ...twoMutesRemove, withinDays: 0 }],
      ['a mute without a duration', { ...threeWarningsMuteADay, then: { kind: 'mute' } }],
      ['a removal with a duration', { ...twoMutesRemove, then: { kind: 'remove', durationMinutes: 60 } }],
    ] as Array<[string, EscalationStep]>)('should refuse %s', (_, step) => {
      spec.given([]).when(set([step])).thenThrows(SanctionError, 'POLICY_INVALID');
    });

    it('should refuse two steps for one kind and more than ten steps', () => {
      spec.given([]).when(set([threeWarningsMuteADay, { ...threeWarningsMuteADay, count: 5 }])).thenThrows(SanctionError, 'POLICY_INVALID');
      spec.given([]).when(set(Array.from({ length: 11 }, () => twoMutesRemove))).thenThrows(SanctionError, 'POLICY_INVALID');
    });
  });
});
