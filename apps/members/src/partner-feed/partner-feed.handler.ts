import { createEventRegistry, deriveEnvelope, GrowthLevelsDefinedV1, partnerTopics, toKafkaMessage, type EventEnvelope } from '@groundswell/events';
import type { BatchEventHandler, KafkaProducer, OutgoingKafkaMessage } from '@groundswell/messaging';
import type { PoolClient } from 'pg';
import { pointsProgrammeStream } from '../points/points-programme';
import { partnerSubject, toPartnerEvent, type PartnerFacts } from './partner-event.mapping';
import { consentsToPartnerSharing, followConsent, followPoints } from './partner-feed.state';

// Partner event ids derive from the domain event id, so a redelivery republishes the same id and
// partners can dedupe by CloudEvents `id`.
const PARTNER_ID_NAMESPACE = '8f3d2c1e-5b7a-4c9e-9d2f-6a1b0c3e4f50';

const registry = createEventRegistry();

/** What the partner event needs beyond its domain event: the feed's own balance, the tenant's level tables from the event store. */
function partnerFacts(client: PoolClient, balance: number | undefined): PartnerFacts {
  return {
    async pointsBalanceAfter() {
      return balance!; // followPoints folded every event a points partner event is made from
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
 * (erasures are always told). Consent is checked before anything is looked up, and nothing the
 * feed looks up can be missing, so no partner event is ever dead-lettered for want of a fact. Runs
 * inside the exactly-once consumer: the send completes before the consumer records the event as applied.
 */
export function partnerFeedHandler(producer: Pick<KafkaProducer, 'send'>, topic: string = partnerTopics.members) {
  return async (client: PoolClient, received: EventEnvelope): Promise<void> => {
    const event = registry.decode(received);
    await followConsent(client, event);
    const balance = await followPoints(client, event);
    const subject = partnerSubject(event);
    if (!subject) return;
    if (!subject.always && !(await consentsToPartnerSharing(client, event.tenantid, subject.memberId))) return;
    const partner = await toPartnerEvent(event, partnerFacts(client, balance));
    if (!partner) return;
    const envelope = deriveEnvelope(event, { idNamespace: PARTNER_ID_NAMESPACE, type: partner.type, subject: partner.memberId, data: partner.data });
    await producer.send({ topic, acks: -1, messages: [toKafkaMessage(envelope)] });
  };
}

/**
 * The feed for a consumer batch: each event handled in order as above, and their partner events
 * sent together in one request once the last is handled (one round trip to Kafka a batch, not one a
 * partner event), still before the consumer records the batch as applied. A batch that fails sends
 * nothing; the consumer retries it, or splits it to find the event that fails.
 */
export function partnerFeedBatchHandler(producer: Pick<KafkaProducer, 'send'>, topic: string = partnerTopics.members): BatchEventHandler {
  return async (client, events) => {
    const messages: OutgoingKafkaMessage[] = [];
    const handle = partnerFeedHandler({ send: async (record) => (messages.push(...record.messages), []) }, topic);
    for (const { envelope } of events) await handle(client, envelope);
    if (messages.length) await producer.send({ topic, acks: -1, messages });
  };
}
