import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

// Partner contracts on `gs.partner.members.v1`. They carry ids and non-personal facts only: no
// names, phone numbers, emails or platform handles. Events about a member are published only while
// the member consents to partner sharing; MemberErased is always published so replicas can delete.
const member = {
  memberId: z.uuid().describe('Groundswell member id (stable, not personal data by itself)'),
};
const inCommunity = {
  ...member,
  communityId: z.uuid().describe('The community'),
};

export const PartnerMemberJoinedV1 = defineEvent({
  service: 'partner',
  name: 'MemberJoined',
  version: 1,
  description: 'A consenting member joined a community.',
  schema: z.object({ ...inCommunity, platform: z.string().describe('Platform of the community'), channel: z.string().describe('Acquisition channel') }),
});

export const PartnerMemberLeftV1 = defineEvent({
  service: 'partner',
  name: 'MemberLeft',
  version: 1,
  description: 'A consenting member left or was removed from a community.',
  schema: z.object({ ...inCommunity, removed: z.boolean().describe('True when an operator removed the member') }),
});

export const PartnerMemberLevelChangedV1 = defineEvent({
  service: 'partner',
  name: 'MemberLevelChanged',
  version: 1,
  description: 'A consenting member reached another growth level.',
  schema: z.object({ ...member, level: z.number().int().nonnegative(), previousLevel: z.number().int().nonnegative() }),
});

export const PartnerMemberTaggedV1 = defineEvent({
  service: 'partner',
  name: 'MemberTagged',
  version: 1,
  description: 'A tag was put on a consenting member.',
  schema: z.object({ ...member, tag: z.string().describe('Tag key, e.g. `koc`') }),
});

export const PartnerPointsEarnedV1 = defineEvent({
  service: 'partner',
  name: 'PointsEarned',
  version: 1,
  description: 'A consenting member earned points.',
  schema: z.object({ ...member, points: z.number().int().positive(), balance: z.number().int().nonnegative() }),
});

export const PartnerPointsRedeemedV1 = defineEvent({
  service: 'partner',
  name: 'PointsRedeemed',
  version: 1,
  description: 'A consenting member spent points.',
  schema: z.object({ ...member, points: z.number().int().positive(), balance: z.number().int().nonnegative() }),
});

export const PartnerMemberErasedV1 = defineEvent({
  service: 'partner',
  name: 'MemberErased',
  version: 1,
  description: 'The member was erased: delete every copy of their data you hold.',
  schema: z.object(member),
});

export const partnerMemberEvents = [
  PartnerMemberJoinedV1,
  PartnerMemberLeftV1,
  PartnerMemberLevelChangedV1,
  PartnerMemberTaggedV1,
  PartnerPointsEarnedV1,
  PartnerPointsRedeemedV1,
  PartnerMemberErasedV1,
] as const;
