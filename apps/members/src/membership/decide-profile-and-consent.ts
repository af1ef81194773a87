import { MemberConsentGrantedV1, MemberConsentRevokedV1, MemberProfileUpdatedV1, type Actor, type MemberProfileChanges } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { instantMillis, toInstant } from '../shared/instant';
import { requireText } from '../shared/text';
import type { MemberCommandOf } from './member.commands';
import { requireActiveMember, requireOwnKey } from './member-guards';
import type { MemberEvent, MemberState } from './member.state';

/** Values are ciphertexts, so only clearing an already-empty field is recognisably "no change". */
export function decideProfileUpdate(state: MemberState, changes: MemberProfileChanges, by: Actor): MemberEvent[] {
  requireOwnKey(state.keyId, Object.values(changes), 'INVALID_PROFILE');
  const effective = Object.fromEntries(
    Object.entries(changes).filter(([field, value]) => value !== undefined && (value !== null || field in state.profile)),
  );
  if (Object.keys(effective).length === 0) return [];
  return [domainEvent(MemberProfileUpdatedV1, { memberId: state.memberId, changes: effective, updatedBy: by })];
}

const sourceActors = { member_self_service: 'member', operator_on_behalf: 'operator' } as const;

export function decideProfileAndConsent(
  command: MemberCommandOf<'UpdateMemberProfile' | 'GrantConsent' | 'RevokeConsent'>,
  state: MemberState,
): MemberEvent[] {
  requireActiveMember(state);
  if (command.type === 'UpdateMemberProfile') return decideProfileUpdate(state, command.changes, command.by);

  const { purpose, source, by } = command;
  const expectedActor = sourceActors[source as keyof typeof sourceActors];
  // The record is evidence under PIPL: who captured it must match where it says it came from.
  if (expectedActor && by.kind !== expectedActor) {
    throw new MemberDomainError('ACTOR_NOT_ALLOWED', `Consent from ${source} must be recorded by a ${expectedActor}`);
  }
  const policyVersion = requireText(command.policyVersion, 50, 'INVALID_POLICY_VERSION', 'policyVersion');
  const decidedAt = toInstant(command.at);
  const granted = command.type === 'GrantConsent';
  const current = state.consents[purpose];
  if (current && instantMillis(current.decidedAt) > instantMillis(decidedAt)) {
    throw new MemberDomainError('CONSENT_OUT_OF_ORDER', 'A later consent decision is already recorded for this purpose', {
      purpose,
      recordedDecisionAt: current.decidedAt,
    });
  }
  if (current?.granted === granted && (!granted || current.policyVersion === policyVersion)) return [];
  const data = { memberId: state.memberId, purpose, decidedAt, source, policyVersion, recordedBy: by };
  return [domainEvent(granted ? MemberConsentGrantedV1 : MemberConsentRevokedV1, data)];
}
