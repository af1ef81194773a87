import type { Actor, ActorKind } from '@groundswell/events';
import { MemberDomainError } from './member-domain.error';

/** Some decisions are reserved: e.g. only a person may confirm a churn flag, a member can't sanction. */
export function requireActor(actor: Actor, allowed: readonly ActorKind[], action: string): void {
  if (!allowed.includes(actor.kind)) {
    throw new MemberDomainError('ACTOR_NOT_ALLOWED', `A ${actor.kind} may not ${action}`, {
      actorKind: actor.kind,
      allowed,
    });
  }
}

export const operatorsOnly = ['operator'] as const satisfies readonly ActorKind[];
export const operatorsAndAutomation = ['operator', 'system'] as const satisfies readonly ActorKind[];
