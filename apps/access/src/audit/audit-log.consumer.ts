import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { auditTopic, type EventEnvelope } from '@groundswell/events';
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
}
