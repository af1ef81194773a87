import { createEventRegistry, MemberConsentGrantedV1, MemberConsentRevokedV1, MemberEnteredSegmentV1, MemberJoinedV2, MemberLeftSegmentV1, MemberLeftV1, MemberReinstatedV1, SanctionAppliedV1, SanctionLiftedV1, type EventEnvelope } from '@groundswell/events';

const registry = createEventRegistry();

/** One change to what the eligibility replica knows, read off an event of members or moderation. */
export type FactChange =
  | { kind: 'membership'; tenantId: string; memberId: string; communityId: string; active: boolean }
  | { kind: 'consent'; tenantId: string; memberId: string; granted: boolean; decidedAt: string }
  | { kind: 'segment'; tenantId: string; memberId: string; segmentId: string; inSegment: boolean }
  | { kind: 'sanction'; tenantId: string; memberId: string; sanctionId: string; sanctionKind: 'remove' | 'ban'; communityId: string | null; inForce: boolean };

const excludingSanctions = (kind: string): kind is 'remove' | 'ban' => kind === 'remove' || kind === 'ban';

/** What the event changes for eligibility; undefined for every other event (and for unknown types). */
export function factChangeOf(envelope: EventEnvelope): FactChange | undefined {
  if (!registry.find(envelope.type)) return undefined;
  const event = registry.decode(envelope);
  const tenantId = event.tenantid;
  if (MemberJoinedV2.is(event)) return { kind: 'membership', tenantId, memberId: event.data.memberId, communityId: event.data.communityId, active: true };
  if (MemberReinstatedV1.is(event)) return { kind: 'membership', tenantId, memberId: event.data.memberId, communityId: event.data.communityId, active: true };
  if (MemberLeftV1.is(event)) return { kind: 'membership', tenantId, memberId: event.data.memberId, communityId: event.data.communityId, active: false };
  if ((MemberConsentGrantedV1.is(event) || MemberConsentRevokedV1.is(event)) && event.data.purpose === 'marketing_messages') {
    return { kind: 'consent', tenantId, memberId: event.data.memberId, granted: MemberConsentGrantedV1.is(event), decidedAt: event.data.decidedAt };
  }
  if (MemberEnteredSegmentV1.is(event) || MemberLeftSegmentV1.is(event)) {
    return { kind: 'segment', tenantId, memberId: event.data.memberId, segmentId: event.data.segmentId, inSegment: MemberEnteredSegmentV1.is(event) };
  }
  if ((SanctionAppliedV1.is(event) || SanctionLiftedV1.is(event)) && excludingSanctions(event.data.kind)) {
    const { memberId, sanctionId, kind, communityId } = event.data;
    return { kind: 'sanction', tenantId, memberId, sanctionId, sanctionKind: kind, communityId: communityId ?? null, inForce: SanctionAppliedV1.is(event) };
  }
  return undefined;
}

const keyOf = (change: FactChange): string => {
  switch (change.kind) {
    case 'membership':
      return `m|${change.tenantId}|${change.memberId}|${change.communityId}`;
    case 'consent':
      return `c|${change.tenantId}|${change.memberId}`;
    case 'segment':
      return `s|${change.tenantId}|${change.memberId}|${change.segmentId}`;
    case 'sanction':
      return `x|${change.tenantId}|${change.sanctionId}`;
  }
};

/**
 * A batch's changes reduced to the last one per fact, in batch (partition) order; a consent decision
 * counts only when decided later than the one kept, as members may record an old paper form late.
 */
export function latestFacts(changes: readonly FactChange[]): FactChange[] {
  const latest = new Map<string, FactChange>();
  for (const change of changes) {
    const key = keyOf(change);
    const kept = latest.get(key);
    if (change.kind === 'consent' && kept?.kind === 'consent' && new Date(change.decidedAt) < new Date(kept.decidedAt)) continue;
    latest.delete(key);
    latest.set(key, change);
  }
  return [...latest.values()];
}
