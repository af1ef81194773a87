import type { SanctionKind } from '@groundswell/events';
import { SanctionError } from '../sanctions.error';

/** "`count` sanctions of `ofKind` within `withinDays` in one community → `then`" (MOD-12). */
export interface EscalationStep {
  ofKind: SanctionKind;
  count: number;
  withinDays: number;
  then: { kind: SanctionKind; durationMinutes?: number };
}

export interface EscalationPolicy {
  /** 0 is the default every tenant starts with; each change is the next version. */
  version: number;
  steps: EscalationStep[];
}

/** The sanction ladder, mildest first (MOD-12, MOD-13). */
export const sanctionLadder: readonly SanctionKind[] = ['warning', 'delete_content', 'mute', 'remove', 'ban'];

export const MAX_MUTE_MINUTES = 30 * 24 * 60;
export const MAX_ESCALATION_STEPS = 10;

export const defaultEscalationPolicy: EscalationPolicy = {
  version: 0,
  steps: [{ ofKind: 'warning', count: 3, withinDays: 30, then: { kind: 'mute', durationMinutes: 24 * 60 } }],
};

const rung = (kind: SanctionKind) => sanctionLadder.indexOf(kind);

// GraphQL passes an omitted optional argument as null, so null and undefined both mean "none".
export function checkMuteDuration(kind: SanctionKind, durationMinutes: number | null | undefined): void {
  if (kind !== 'mute') {
    if (durationMinutes != null) throw new SanctionError('DURATION_INVALID', 'Only a mute has a duration');
    return;
  }
  if (durationMinutes == null || !Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > MAX_MUTE_MINUTES) {
    throw new SanctionError('DURATION_INVALID', `A mute lasts 1–${MAX_MUTE_MINUTES} whole minutes`, { durationMinutes });
  }
}

function invalid(message: string, step: number): never {
  throw new SanctionError('POLICY_INVALID', message, { step });
}

/** Each step must climb the ladder, count at least twice, and name each kind once, so a policy can never loop. */
export function checkEscalationSteps(steps: readonly EscalationStep[]): void {
  if (steps.length > MAX_ESCALATION_STEPS) invalid(`A policy has at most ${MAX_ESCALATION_STEPS} steps`, MAX_ESCALATION_STEPS);
  steps.forEach((step, index) => {
    if (!Number.isInteger(step.count) || step.count < 2 || step.count > 100) invalid('A step counts 2–100 sanctions', index);
    if (!Number.isInteger(step.withinDays) || step.withinDays < 1 || step.withinDays > 365) invalid('A step looks back 1–365 days', index);
    if (rung(step.then.kind) <= rung(step.ofKind)) invalid('A step must lead to a stricter sanction', index);
    if (steps.findIndex((other) => other.ofKind === step.ofKind) !== index) invalid('Each kind of sanction escalates by one step only', index);
    try {
      checkMuteDuration(step.then.kind, step.then.durationMinutes);
    } catch {
      invalid('A mute step needs a duration of 1–43200 minutes; other steps take none', index);
    }
  });
}
