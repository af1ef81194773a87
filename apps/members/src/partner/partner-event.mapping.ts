import {
  PartnerMemberErasedV1,
  PartnerMemberJoinedV1,
  PartnerMemberLeftV1,
  PartnerPointsEarnedV1,
  PartnerPointsRedeemedV1,
  type AnyEventDefinition,
  type EventEnvelope,
} from '@groundswell/events';

export interface PartnerEventDraft {
  type: string;
  memberId: string;
  data: Record<string, unknown>;
  /** Published even without partner-sharing consent: an erasure must reach every replica. */
  always: boolean;
}

type Data = Record<string, any>;

/** Facts a partner event carries that its domain event doesn't, read in the consumer's transaction. */
export interface PartnerFacts {
  /** The member's points balance right after the event. */
  pointsBalanceAfter(event: EventEnvelope): Promise<number>;
}

type PartnerData = Record<string, unknown> & { memberId: string };

interface PartnerMapping {
  contract: AnyEventDefinition;
  map: (data: Data, event: EventEnvelope, facts: PartnerFacts) => PartnerData | Promise<PartnerData>;
  always?: boolean;
}

// Keyed by the newest version of each domain event (the registry upcasts older ones first).
const mappings: Record<string, PartnerMapping> = {
  'groundswell.members.MemberJoined.v2': {
    contract: PartnerMemberJoinedV1,
    map: (data) => ({ memberId: data.memberId, communityId: data.communityId, platform: data.platform, channel: data.acquisition.channel }),
  },
  'groundswell.members.MemberLeft.v1': {
    contract: PartnerMemberLeftV1,
    map: (data) => ({ memberId: data.memberId, communityId: data.communityId, removed: data.reason === 'removed_by_operator' || data.reason === 'banned' }),
  },
  'groundswell.members.MemberErased.v1': {
    contract: PartnerMemberErasedV1,
    map: (data) => ({ memberId: data.memberId }),
    always: true,
  },
  'groundswell.members.PointsEarned.v1': {
    contract: PartnerPointsEarnedV1,
    map: async (data, event, facts) => ({ memberId: data.memberId, points: data.amount, balance: await facts.pointsBalanceAfter(event) }),
  },
  'groundswell.members.PointsRedeemed.v1': {
    contract: PartnerPointsRedeemedV1,
    map: async (data, event, facts) => ({ memberId: data.memberId, points: data.amount, balance: await facts.pointsBalanceAfter(event) }),
  },
};

/** The partner view of a domain event, validated against its contract; undefined when partners aren't told. */
export async function toPartnerEvent(event: EventEnvelope, facts: PartnerFacts): Promise<PartnerEventDraft | undefined> {
  const mapping = mappings[event.type];
  if (!mapping) return undefined;
  const data = mapping.contract.parse(await mapping.map(event.data as Data, event, facts)) as PartnerData;
  return { type: mapping.contract.type, memberId: data.memberId, data, always: mapping.always ?? false };
}
