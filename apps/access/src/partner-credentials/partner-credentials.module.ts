import { Module } from '@nestjs/common';
import { KafkaNames } from '@groundswell/messaging';
import { KAFKA_CLIENT, ServiceRuntime } from '@groundswell/service-kit';
import type { Kafka } from 'kafkajs';
import { PartnerCredentialResolver } from './graphql/partner-credential.resolver';
import { PartnerKafkaAccess } from './kafka/partner-kafka-access';
import { PartnerCredentialQueries } from './partner-credential.queries';
import { IssuePartnerCredentialUseCase } from './use-cases/issue-partner-credential.use-case';
import { RevokePartnerCredentialUseCase } from './use-cases/revoke-partner-credential.use-case';

@Module({
  providers: [
    {
      provide: PartnerKafkaAccess,
      inject: [KAFKA_CLIENT, ServiceRuntime],
      useFactory: (kafka: Kafka, runtime: ServiceRuntime) =>
        new PartnerKafkaAccess(kafka, { brokers: runtime.config.KAFKA_BROKERS, clientId: runtime.config.KAFKA_CLIENT_ID, namespace: runtime.config.GROUNDSWELL_ENV }),
    },
    { provide: KafkaNames, inject: [ServiceRuntime], useFactory: (runtime: ServiceRuntime) => new KafkaNames(runtime.config.GROUNDSWELL_ENV) },
    PartnerCredentialQueries,
    PartnerCredentialResolver,
    IssuePartnerCredentialUseCase,
    RevokePartnerCredentialUseCase,
  ],
})
export class PartnerCredentialsModule {}
