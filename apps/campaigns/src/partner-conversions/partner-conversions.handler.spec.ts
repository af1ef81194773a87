import { randomUUID } from 'node:crypto';
import { CampaignJoinedV1, ConversionRecordedV1, fromKafkaMessage, RewardGrantedV1, type EventEnvelope } from '@groundswell/events';
import type { Message } from 'kafkajs';
import type { PoolClient } from 'pg';
import { partnerConversionsHandler } from './partner-conversions.handler';
import { partnerSharingConsentChange, type PartnerSharingConsent } from './partner-sharing-consent';

const memberId = randomUUID();
const campaignId = randomUUID();
const metadata = (subject: string) => ({ subject, tenantid: 'tenant-a', streamversion: 1, time: '2026-12-03T02:00:00.000Z' });

const sources = {
  joined: CampaignJoinedV1.create(
    { campaignId, memberId, communityId: randomUUID(), channel: null, referralCode: null, joinedAt: '2026-12-03T10:00:00+08:00' },
    metadata(`participation-${campaignId}-${memberId}`),
  ),
  granted: RewardGrantedV1.create(
    { grantId: randomUUID(), campaignId, memberId, reward: { kind: 'points', points: 30 }, reason: { kind: 'referral_threshold', invites: 3 }, grantedBy: 'system:referral-rewards', grantedAt: '2026-12-03T12:00:00+08:00' },
    metadata(`reward-grant-${campaignId}`),
  ),
  recorded: ConversionRecordedV1.create(
    { conversionId: randomUUID(), externalOrderId: 'JD-1', kind: 'purchase', memberId, amountMinor: 12_900, currency: 'CNY', occurredAt: '2026-12-03T10:15:00+08:00', recordedBy: 'apikey:shop' },
    metadata('conversion-1'),
  ),
};

const consentEvent = (type: 'MemberConsentGranted' | 'MemberConsentRevoked', purpose: string) =>
  ({ type: `groundswell.members.${type}.v1`, tenantid: 'tenant-a', data: { memberId, purpose } }) as unknown as EventEnvelope;

/** The feed's consent table, in memory: the same rule (follow, then ask) without a database. */
function consentInMemory(): PartnerSharingConsent {
  const granted = new Map<string, boolean>();
  return {
    async follow(_client, event) {
      const change = partnerSharingConsentChange(event);
      if (change) granted.set(`${event.tenantid}/${change.memberId}`, change.granted);
    },
    async grantedBy(_client, tenantId, member) {
      return granted.get(`${tenantId}/${member}`) ?? false;
    },
  };
}

async function publishedFor(...events: EventEnvelope[]) {
  const published: Message[] = [];
  const handle = partnerConversionsHandler(async (message) => void published.push(message), consentInMemory());
  for (const event of events) await handle(undefined as unknown as PoolClient, event);
  return published.map((message) => ({ key: message.key, envelope: fromKafkaMessage(message as never) }));
}

const consenting = consentEvent('MemberConsentGranted', 'partner_sharing');

describe(partnerConversionsHandler.name, () => {
  it('should key campaign joins and rewards by the member, and conversions by the conversion', async () => {
    const published = await publishedFor(consenting, sources.joined, sources.granted, sources.recorded);
    expect(published.map(({ key, envelope }) => ({ key, subject: envelope.subject, type: envelope.type, causationid: envelope.causationid }))).toEqual([
      { key: memberId, subject: memberId, type: 'groundswell.partner.CampaignJoined.v1', causationid: sources.joined.id },
      { key: memberId, subject: memberId, type: 'groundswell.partner.RewardGranted.v1', causationid: sources.granted.id },
      { key: sources.recorded.data.conversionId, subject: sources.recorded.data.conversionId, type: 'groundswell.partner.ConversionRecorded.v1', causationid: sources.recorded.id },
    ]);
  });

  it('should republish a redelivered join or grant under the same id, so partners deduplicate it', async () => {
    const [joined, joinedAgain, granted, grantedAgain] = await publishedFor(consenting, sources.joined, sources.joined, sources.granted, sources.granted);
    expect(joinedAgain!.envelope.id).toBe(joined!.envelope.id);
    expect(grantedAgain!.envelope.id).toBe(granted!.envelope.id);
    expect(new Set([joined!.envelope.id, granted!.envelope.id, sources.joined.id, sources.granted.id]).size).toBe(4);
  });

  it('should publish a member\'s joins and rewards only while they consent to partner sharing, and their conversions always', async () => {
    const types = async (...events: EventEnvelope[]) => (await publishedFor(...events)).map(({ envelope }) => envelope.type.replace(/^groundswell\.partner\./, ''));
    expect(await types(sources.joined, sources.granted, sources.recorded)).toEqual(['ConversionRecorded.v1']);
    expect(await types(consentEvent('MemberConsentGranted', 'marketing_messages'), sources.joined)).toEqual([]);
    expect(await types(consenting, consentEvent('MemberConsentRevoked', 'partner_sharing'), sources.joined, sources.granted)).toEqual([]);
    expect(await types(consentEvent('MemberConsentRevoked', 'partner_sharing'), consenting, sources.joined)).toEqual(['CampaignJoined.v1']);
  });
});

describe(partnerSharingConsentChange.name, () => {
  it('should read partner-sharing consent, and an erasure as its end, off the members service\'s events', () => {
    const erased = { type: 'groundswell.members.MemberErased.v1', tenantid: 'tenant-a', data: { memberId } } as unknown as EventEnvelope;
    expect([consenting, consentEvent('MemberConsentRevoked', 'partner_sharing'), erased, consentEvent('MemberConsentGranted', 'analytics')].map(partnerSharingConsentChange)).toEqual([
      { memberId, granted: true },
      { memberId, granted: false },
      { memberId, granted: false },
      undefined,
    ]);
  });
});
