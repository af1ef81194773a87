import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { auditTopic, deadLetterTopic, type EventEnvelope } from '@groundswell/events';
import { ensureTopics } from '@groundswell/messaging';
import type { PoolClient } from 'pg';
import { recordAuditEntry } from './record-audit-entry';

export const auditConsumerGroup = 'access.audit-log';

/** Consumes the gateway's mutation records into `audit_entries`, exactly once. */
@Injectable()
export class AuditLogConsumer extends ServiceConsumer {
  protected definition() {
    return {
      groupId: auditConsumerGroup,
      topics: [auditTopic],
      component: 'audit-log',
      handle: async (client: PoolClient, envelope: EventEnvelope) => void (await recordAuditEntry(client, envelope)),
    };
  }

  protected override async prepare(): Promise<void> {
    await ensureTopics(this.kafka, [auditTopic, deadLetterTopic(auditConsumerGroup)], (message, extra) => this.log('warn', message, extra));
  }
}
