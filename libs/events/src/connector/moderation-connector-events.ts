import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from '../members/instant';
import { crisisAlertIdSchema, crisisCommunityIdSchema, crisisSeveritySchema, crisisTypeSchema, escalationRecipientSchema } from '../moderation/crisis-alert';
import { sanctionKindSchema } from '../moderation/moderation-target';

// Contracts on `gs.connector.moderation.v1`: what a platform connector (a WeCom, WeChat or QQ group
// bot, a Douyin fan-group tool) must carry out where Groundswell cannot reach. Minimised: ids, the
// action and the member-facing notice; the connector maps a member id to the platform account
// itself. Versioned like partner contracts: a breaking change is a new `.vN` topic.
const sanctionId = z.uuid().describe('The sanction; the same for its enforcement and its lifting');
const memberId = z.uuid().describe('Groundswell member id; the connector knows the member\'s platform account');
const communityId = z.uuid().optional().describe('The community (group) it applies to; absent for a tenant-wide ban');

export const ConnectorSanctionToEnforceV1 = defineEvent({
  service: 'connector',
  name: 'SanctionToEnforce',
  version: 1,
  description:
    'Carry out a sanction on the platform: mute the member in the group until `until`, remove them from the group, ban them from every group of the tenant, or delete a message; for a warning, only deliver the notice.',
  schema: z.object({
    sanctionId,
    memberId,
    communityId,
    kind: sanctionKindSchema,
    contentId: z.string().min(1).max(200).optional().describe('The platform message to delete, for delete_content'),
    until: instantSchema.optional().describe('When a mute ends; the connector may set the platform\'s own mute duration from it'),
    notice: z.string().min(1).max(2000).describe('What to tell the member (Chinese), including how to appeal'),
  }),
});

export const ConnectorSanctionToLiftV1 = defineEvent({
  service: 'connector',
  name: 'SanctionToLift',
  version: 1,
  description: 'Undo a sanction on the platform: unmute the member, or let a removed or banned member back in.',
  schema: z.object({
    sanctionId,
    memberId,
    communityId,
    kind: sanctionKindSchema,
    because: z.enum(['lifted', 'expired']).describe('lifted: withdrawn, usually after an upheld appeal; expired: a mute ran out'),
  }),
});

export const ConnectorCrisisNoticeV1 = defineEvent({
  service: 'connector',
  name: 'CrisisNotice',
  version: 1,
  description: 'Tell people about a crisis alert through the platform (e.g. a WeCom app message): raised, escalated, SLA breached or resolved.',
  schema: z.object({
    alertId: crisisAlertIdSchema,
    communityId: crisisCommunityIdSchema,
    stage: z.enum(['raised', 'escalated', 'sla_breached', 'resolved']).describe('What happened to the alert'),
    severity: crisisSeveritySchema.optional().describe('Absent once resolved'),
    crisisType: crisisTypeSchema.optional().describe('Present when raised'),
    responseDueAt: instantSchema.optional().describe('When the first official response is due, while it is open'),
    recipients: z.array(escalationRecipientSchema).optional().describe('Who to notify, when escalated'),
    at: instantSchema.describe('When it happened'),
  }),
});

export const moderationConnectorEvents = [ConnectorSanctionToEnforceV1, ConnectorSanctionToLiftV1, ConnectorCrisisNoticeV1];
