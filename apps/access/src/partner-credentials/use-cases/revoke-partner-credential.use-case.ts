import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { appendTo, loadAggregate, withIdempotency, type EventStore } from '@groundswell/event-store';
import { PG_POOL, type Identity } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { PartnerKafkaAccess } from '../kafka/partner-kafka-access';
import { partnerCredentialDecider } from '../partner-credential.decider';
import { partnerCredentialStream } from '../partner-credential.events';
import { partnerCredentialsEventStore } from '../partner-credentials.projection';
import { PartnerCredentialQueries } from '../partner-credential.queries';

@Injectable()
export class RevokePartnerCredentialUseCase {
  private readonly store: EventStore;

  constructor(
    @Inject(PG_POOL) pool: Pool,
    private readonly kafkaAccess: PartnerKafkaAccess,
    private readonly queries: PartnerCredentialQueries,
  ) {
    this.store = partnerCredentialsEventStore(pool);
  }

  /** The broker refuses the credential's new connections at once and ends its open sessions within a minute. */
  async execute(identity: Identity, credentialId: string, idempotencyKey?: string): Promise<void> {
    await this.store.transaction((client) =>
      withIdempotency(client, { tenantId: identity.tenant, key: idempotencyKey, command: 'RevokePartnerCredential' }, async () => {
        // Looked up in the caller's tenant, so another tenant's credential is simply NOT_FOUND.
        const stream = { tenantId: identity.tenant, ...partnerCredentialStream(credentialId) };
        const aggregate = await loadAggregate(client, partnerCredentialDecider, stream);
        const events = partnerCredentialDecider.decide({ type: 'RevokePartnerCredential', credentialId, by: identity.sub }, aggregate.state);
        await this.store.append(client, [appendTo(aggregate, events)], { correlationId: uuidv7() });
        const record = await this.queries.credential(identity.tenant, credentialId);
        // Also when it was revoked before: a retry finishes a revocation the broker missed.
        if (record) await this.kafkaAccess.revoke(record);
        return null;
      }),
    );
  }
}
