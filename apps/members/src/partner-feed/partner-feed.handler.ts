import { createEnvelope, createEventRegistry, GrowthLevelsDefinedV1, partnerTopics, toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import type { KafkaProducer } from '@groundswell/messaging';
import type { PoolClient } from 'pg';
import { v5 as uuidv5 } from 'uuid';
import { pointsProgrammeStream } from '../points/points-programme';
import { balanceAfter } from '../points/read-models/points-account.projection';
import { toPartnerEvent, type PartnerFacts } from './partner-event.mapping';

// Partner event ids derive from the domain event id, so a redelivery republishes the same id and
// partners can dedupe by CloudEvents `id`.
const PARTNER_ID_NAMESPACE = '8f3d2c1e-5b7a-4c9e-9d2f-6a1b0c3e4f50';

const registry = createEventRegistry();

async function consentsToPartnerSharing(client: PoolClient, tenantId: string, memberId: string): Promise<boolean> {
  const { rows } = await client.query<{ granted: boolean }>('SELECT granted FROM partner_feed_consents WHERE tenant_id = $1 AND member_id = $2', [
    tenantId,
    memberId,
  ]);
  return rows[0]?.granted ?? false;
}

const consentTypes: Record<string, boolean> = {
  'groundswell.members.MemberConsentGranted.v1': true,
  'groundswell.members.MemberConsentRevoked.v1': false,
};

async function followConsent(client: PoolClient, event: EventEnvelope): Promise<void> {
  const data = event.data as { memberId: string; purpose: string };
  if (!(event.type in consentTypes) || data.purpose !== 'partner_sharing') return;
  await client.query(
    `INSERT INTO partner_feed_consents (tenant_id, member_id, granted) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id, member_id) DO UPDATE SET granted = EXCLUDED.granted`,
    [event.tenantid, data.memberId, consentTypes[event.type]],
  );
}

/** Facts read from the members read models in the consumer's transaction. */
function partnerFacts(client: PoolClient): PartnerFacts {
  return {
    async pointsBalanceAfter(event) {
      const memberId = (event.data as { memberId: string }).memberId;
      const balance = await balanceAfter(client, event.tenantid, memberId, event.streamversion);
      // The ledger row commits with the event, so it is always there unless the read model was dropped.
      if (balance === undefined) throw new Error(`No points ledger entry for ${event.subject}@${event.streamversion}`);
      return balance;
    },
    async levelTables(event) {
      const { rows } = await client.query<{ data: { version: number; levels: { level: string }[] } }>(
        `SELECT data FROM events WHERE tenant_id = $1 AND stream_id = $2 AND event_type = $3 ORDER BY stream_version`,
        [event.tenantid, pointsProgrammeStream.streamId, GrowthLevelsDefinedV1.type],
      );
      return new Map(rows.map(({ data }) => [data.version, data.levels.map((entry) => entry.level)]));
    },
  };
}

/**
 * Turns a members domain event into its partner event on `gs.partner.members.v1`, if partners are
 * told about it and the member consented to partner sharing at that point of their stream
 * (erasures are always told). Runs inside
 * the exactly-once consumer: the send completes before the consumer records the event as applied.
 */
export function partnerFeedHandler(producer: KafkaProducer) {
  return async (client: PoolClient, received: EventEnvelope): Promise<void> => {
    const event = registry.decode(received);
    await followConsent(client, event);
    const partner = await toPartnerEvent(event, partnerFacts(client));
    if (!partner) return;
    if (!partner.always && !(await consentsToPartnerSharing(client, event.tenantid, partner.memberId))) return;
    const envelope = createEnvelope({
      id: uuidv5(`${event.id}:${partner.type}`, PARTNER_ID_NAMESPACE),
      type: partner.type,
      data: partner.data,
      subject: partner.memberId,
      tenantid: event.tenantid,
      streamversion: event.streamversion,
      time: event.time,
      correlationid: event.correlationid,
      causationid: event.id,
      traceparent: event.traceparent,
    });
    await producer.send({ topic: partnerTopics.members, acks: -1, messages: [toKafkaMessage(envelope)] });
  };
}
