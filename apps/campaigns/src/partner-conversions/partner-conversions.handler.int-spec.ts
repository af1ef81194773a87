import { randomUUID } from 'node:crypto';
import { CampaignJoinedV1, fromKafkaMessage, MemberConsentGrantedV1, MemberConsentRevokedV1, MemberErasedV1, type EventEnvelope } from '@groundswell/events';
import { freshDatabase } from '@groundswell/test-kit';
import type { Message } from 'kafkajs';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { partnerConversionsHandler } from './partner-conversions.handler';

const tenantid = 'tenant-a';
const at = '2026-12-03T02:00:00.000Z';
const memberEvent = (memberId: string, streamversion: number) => ({ subject: memberId, tenantid, streamversion, time: at });
const operator = { kind: 'operator', id: 'operator-1' } as const;
const decision = { source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: at, recordedBy: operator } as const;

describe('the partner conversions feed with its partner-sharing consent table', () => {
  const database = freshDatabase('file', () => createCampaignsDatabase('partner_conversions'));

  /** Handles the events in order, each in its own transaction as the consumer does; the types published. */
  async function publishedFor(events: EventEnvelope[]): Promise<string[]> {
    const published: Message[] = [];
    const handle = partnerConversionsHandler(async (message) => void published.push(message));
    for (const event of events) {
      const client = await database.pool.connect();
      try {
        await client.query('BEGIN');
        await handle(client, event);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    }
    return published.map((message) => fromKafkaMessage(message as never)).map((envelope) => `${envelope.subject} ${envelope.type}`);
  }

  const joined = (memberId: string) =>
    CampaignJoinedV1.create(
      { campaignId: 'campaign-1', memberId, communityId: randomUUID(), channel: null, referralCode: null, joinedAt: at },
      { subject: `participation-campaign-1-${memberId}`, tenantid, streamversion: 1, time: at },
    );
  const granted = (memberId: string, version: number) => MemberConsentGrantedV1.create({ memberId, purpose: 'partner_sharing', ...decision }, memberEvent(memberId, version));

  it('should publish the joins of a member only while the members service says they consent to partner sharing', async () => {
    const [consenting, neverAsked, revoked, erased] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const published = await publishedFor([
      granted(consenting, 1),
      granted(revoked, 1),
      MemberConsentRevokedV1.create({ memberId: revoked, purpose: 'partner_sharing', ...decision }, memberEvent(revoked, 2)),
      granted(erased, 1),
      MemberErasedV1.create({ memberId: erased, erasedKeyIds: ['key-1'], basis: 'member_request', requestedBy: operator }, memberEvent(erased, 2)),
      ...[consenting, neverAsked, revoked, erased].map(joined),
    ]);
    expect(published).toEqual([`${consenting} groundswell.partner.CampaignJoined.v1`]);
  });
});
