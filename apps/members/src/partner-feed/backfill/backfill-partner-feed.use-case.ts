import { beforeAllEvents, positionOf, readTenantHistory, toEnvelope, withTransaction } from '@groundswell/event-store';
import { MemberErasedV1, PartnerMemberErasedV1, partnerRetentionDays, tenantPartnerTopic } from '@groundswell/events';
import { ensurePartnerTopic, reliableProducerOptions, type KafkaClient } from '@groundswell/messaging';
import { RequestError, type Identity } from '@groundswell/service-kit';
import type { Message } from 'kafkajs';
import type { Pool, PoolClient } from 'pg';
import { partnerFeedHandler } from '../partner-feed.handler';

const pageSize = 1000;
const partnerPattern = /^[a-z0-9][a-z0-9-]{1,39}$/;
const memberHistoryStreams = ['member', 'points'];

export interface PartnerBackfill {
  topic: string;
  records: number;
}

/**
 * Rebuilds a tenant's partner history from the event store, for a partner who needs more than the
 * topics keep: the live feed's own handler runs over the tenant's member and points streams in commit
 * order, with its consent and points state in temporary tables (so the same contracts and the same
 * consent rule apply, and the live feed is untouched), into the partner's replay topic
 * `gs.partner.<tenant>.replay.<partner>.members.v1`, which that tenant's partner logins may read.
 * A member erased since is left out entirely but for the erasure itself.
 */
export class BackfillPartnerFeedUseCase {
  constructor(
    private readonly pool: Pool,
    private readonly kafka: KafkaClient,
    /** The deployment namespace the Kafka client was made for (GROUNDSWELL_ENV). */
    private readonly namespace?: string,
  ) {}

  async execute(identity: Identity, partner: string, from?: Date): Promise<PartnerBackfill> {
    if (!partnerPattern.test(partner)) throw new RequestError('BAD_USER_INPUT', 'The partner must be 2–40 lowercase letters, digits or dashes', { partner });
    if (from && Number.isNaN(from.getTime())) throw new RequestError('BAD_USER_INPUT', 'from is not an instant', { from });
    const topic = replayTopic(identity.tenant, partner);
    await ensurePartnerTopic(this.kafka, topic, { namespace: this.namespace, retentionDays: partnerRetentionDays() });
    const producer = this.kafka.producer({ ...reliableProducerOptions });
    await producer.connect();
    try {
      const records = await withTransaction(this.pool, async (client) => {
        await shadowFeedState(client);
        const erased = await erasedMembers(client, identity.tenant);
        let published = 0;
        const page: Message[] = [];
        const keep = (message: Message) =>
          (!from || new Date(String(message.headers!.ce_time)) >= from) &&
          (!erased.has(String(message.key)) || String(message.headers!.ce_type) === PartnerMemberErasedV1.type);
        const handle = partnerFeedHandler({ send: async ({ messages }) => (page.push(...messages.filter(keep)), []) }, topic);
        for (let after = beforeAllEvents; ; ) {
          const events = await readTenantHistory(client, identity.tenant, memberHistoryStreams, after, pageSize);
          for (const event of events) await handle(client, toEnvelope(event));
          if (page.length > 0) {
            published += page.length;
            await producer.send({ topic, acks: -1, messages: page.splice(0) });
          }
          if (events.length < pageSize) break;
          after = positionOf(events.at(-1)!);
        }
        return published;
      });
      return { topic, records };
    } finally {
      await producer.disconnect();
    }
  }
}

/** The feed's state tables, shadowed by empty temporary ones for this transaction (temporary tables come first on the search path). */
async function shadowFeedState(client: PoolClient): Promise<void> {
  for (const table of ['partner_feed_consents', 'partner_feed_points']) {
    await client.query(`CREATE TEMPORARY TABLE ${table} (LIKE public.${table} INCLUDING ALL) ON COMMIT DROP`);
  }
}

async function erasedMembers(client: PoolClient, tenantId: string): Promise<Set<string>> {
  const { rows } = await client.query<{ member_id: string }>(`SELECT data->>'memberId' AS member_id FROM events WHERE tenant_id = $1 AND event_type = $2`, [tenantId, MemberErasedV1.type]);
  return new Set(rows.map((row) => row.member_id));
}

function replayTopic(tenantId: string, partner: string): string {
  try {
    return tenantPartnerTopic(tenantId, `gs.partner.replay.${partner}.members.v1`);
  } catch {
    throw new RequestError('BAD_USER_INPUT', 'This tenant id cannot name Kafka topics; partner topics need a lowercase tenant id', { tenantId });
  }
}
