import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { appendTo, loadAggregate, withIdempotency, type EventStore } from '@groundswell/event-store';
import { KafkaNames } from '@groundswell/messaging';
import { PG_POOL, type Identity } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { newPartnerPassword } from '../kafka/scram-credential';
import { PartnerKafkaAccess } from '../kafka/partner-kafka-access';
import { partnerAccessScope, type PartnerAccessScope } from '../partner-access-scope';
import { partnerCredentialDecider } from '../partner-credential.decider';
import { partnerCredentialStream } from '../partner-credential.events';
import { partnerCredentialsEventStore } from '../partner-credentials.projection';

export interface IssuedPartnerCredential {
  credentialId: string;
  /** Shown once: null when a retry with the same idempotency key replays the first issue. */
  password: string | null;
}

/** Lowercase base32: a credential id is part of a Kafka user name, which partners type into configs. */
const newCredentialId = () => randomBytes(10).toString('hex');

@Injectable()
export class IssuePartnerCredentialUseCase {
  private readonly store: EventStore;

  constructor(
    @Inject(PG_POOL) pool: Pool,
    private readonly kafkaAccess: PartnerKafkaAccess,
    private readonly names: KafkaNames,
  ) {
    this.store = partnerCredentialsEventStore(pool);
  }

  async execute(identity: Identity, partner: string, idempotencyKey?: string): Promise<IssuedPartnerCredential> {
    const credentialId = newCredentialId();
    const password = newPartnerPassword();
    const scope = partnerAccessScope({ tenantId: identity.tenant, partner: partner.trim(), credentialId, physical: (name) => this.names.physical(name) });
    await this.kafkaAccess.ensureTenantTopics(identity.tenant);
    let granted: PartnerAccessScope | undefined;
    try {
      const { result, replayed } = await this.store.transaction((client) =>
        withIdempotency(client, { tenantId: identity.tenant, key: idempotencyKey, command: 'IssuePartnerCredential' }, async () => {
          const stream = { tenantId: identity.tenant, ...partnerCredentialStream(credentialId) };
          const aggregate = await loadAggregate(client, partnerCredentialDecider, stream);
          const events = partnerCredentialDecider.decide(
            { type: 'IssuePartnerCredential', credentialId, partner: partner.trim(), scope, by: identity.sub },
            aggregate.state,
          );
          // The broker learns the credential before the event commits, so an issued credential always works;
          // if the commit then fails, the catch below takes it back.
          await this.kafkaAccess.grant(scope, password);
          granted = scope;
          await this.store.append(client, [appendTo(aggregate, events)], { correlationId: uuidv7() });
          return { credentialId };
        }),
      );
      return { credentialId: result.credentialId, password: replayed ? null : password };
    } catch (error) {
      if (granted) await this.kafkaAccess.revoke(granted).catch(() => undefined);
      throw error;
    }
  }
}
