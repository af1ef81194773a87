import { PartnerMemberErasedV1, PartnerMemberJoinedV1, PartnerMemberLeftV1, PartnerMemberLevelChangedV1, PartnerPointsEarnedV1, PartnerPointsRedeemedV1, type AnyEventDefinition, type EventEnvelope } from '@groundswell/events';

export interface PartnerEventDraft {
  type: string;
  memberId: string;
  data: Record<string, unknown>;
  /** Published even without partner-sharing consent: an erasure must reach every replica. */
  always: boolean;
}

type Data = Record<string, any>;

/** Facts a partner event carries that its domain event doesn't: the feed's own state or the event store, never a read model. */
export interface PartnerFacts {
  /** The member's points balance right after the event, as the feed folded it. */
  pointsBalanceAfter(event: EventEnvelope): Promise<number>;
  /** The tenant's growth level names by table version, lowest first. */
  levelTables(event: EventEnvelope): Promise<Map<number, string[]>>;
}

type PartnerData = Record<string, unknown> & { memberId: string };

interface PartnerMapping {
  contract: AnyEventDefinition;
  /** Undefined when the event changes nothing partners see. */
  map: (data: Data, event: EventEnvelope, facts: PartnerFacts) => PartnerData | undefined | Promise<PartnerData | undefined>;
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
  'groundswell.members.GrowthLevelChanged.v1': {
    contract: PartnerMemberLevelChangedV1,
    map: async (data, event, facts) => {
      const tables = await facts.levelTables(event);
      const level = levelNumber(tables, data.levelTableVersion, data.to);
      const previousLevel = data.from === undefined ? 0 : levelNumber(tables, data.levelTableVersion, data.from);
      // A member's first placement on the lowest level is no change to a partner; a level in no
      // table the store holds has no number to give (the table's event is missing, not late: it
      // is appended before any member reaches its levels).
      if (level === undefined || previousLevel === undefined || level === previousLevel) return undefined;
      return { memberId: data.memberId, level, previousLevel };
    },
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

/**
 * Partners see levels as numbers: the level's position in the tenant's table, 0 for the lowest. A
 * level renamed away by a later table is found in the table that last had it.
 */
function levelNumber(tables: Map<number, string[]>, version: number, level: string): number | undefined {
  const versions = [version, ...[...tables.keys()].filter((other) => other !== version).sort((a, b) => b - a)];
  for (const candidate of versions) {
    const position = tables.get(candidate)?.indexOf(level) ?? -1;
    if (position >= 0) return position;
  }
  return undefined;
}

/** Whom a domain event's partner event would be about, before anything is looked up; undefined when partners aren't told of its type. */
export function partnerSubject(event: EventEnvelope): { memberId: string; always: boolean } | undefined {
  const mapping = mappings[event.type];
  if (!mapping) return undefined;
  return { memberId: (event.data as { memberId: string }).memberId, always: mapping.always ?? false };
}

/** The partner view of a domain event, validated against its contract; undefined when partners aren't told. */
export async function toPartnerEvent(event: EventEnvelope, facts: PartnerFacts): Promise<PartnerEventDraft | undefined> {
  const mapping = mappings[event.type];
  if (!mapping) return undefined;
  const mapped = await mapping.map(event.data as Data, event, facts);
  if (!mapped) return undefined;
  const data = mapping.contract.parse(mapped) as PartnerData;
  return { type: mapping.contract.type, memberId: data.memberId, data, always: mapping.always ?? false };
}
