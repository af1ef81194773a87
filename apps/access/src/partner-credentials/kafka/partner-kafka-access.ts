import { alterUserScramCredentialsV0, Connection } from '@platformatic/kafka';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes, type AclEntry, type Kafka } from 'kafkajs';
import { partnerRetentionDays, partnerTopics, tenantPartnerTopic } from '@groundswell/events';
import { ensurePartnerTopic } from '@groundswell/messaging';
import type { PartnerAccessScope } from '../partner-access-scope';
import { saltedScramCredential, scramMechanism } from './scram-credential';

// Kafka's RESOURCE_NOT_FOUND: deleting a credential that is already gone.
const resourceNotFound = 91;

/**
 * A partner credential on the broker: a SCRAM user (KIP-554 AlterUserScramCredentials, which KafkaJS
 * lacks, hence @platformatic/kafka's protocol layer for that one request) and the ACLs that let it
 * read its tenant's partner topics and use its partner's consumer groups, nothing else (ADR 0016).
 */
export interface PartnerKafkaSettings {
  /** The services' own (plain, super-user) listener. */
  brokers: readonly string[];
  clientId: string;
  /** The deployment namespace the Kafka client was made for (GROUNDSWELL_ENV). */
  namespace?: string;
}

export class PartnerKafkaAccess {
  constructor(
    private readonly kafka: Kafka,
    private readonly settings: PartnerKafkaSettings,
  ) {}

  /**
   * A partner may subscribe before its tenant's first record is routed, and may not create topics:
   * so its tenant's partner topics exist, with partner retention, before it gets a login.
   */
  async ensureTenantTopics(tenantId: string): Promise<void> {
    for (const topic of Object.values(partnerTopics)) {
      await ensurePartnerTopic(this.kafka, tenantPartnerTopic(tenantId, topic), { namespace: this.settings.namespace, retentionDays: partnerRetentionDays() });
    }
  }

  async grant(scope: PartnerAccessScope, password: string): Promise<void> {
    const credential = saltedScramCredential(password);
    await this.alterScram([], [{ name: scope.username, mechanism: scramMechanism.kafkaType, ...credential }]);
    await this.withAdmin((admin) => admin.createAcls({ acl: aclsFor(scope) }));
  }

  /** Idempotent: a credential or ACL that is gone already stays gone. */
  async revoke(scope: PartnerAccessScope): Promise<void> {
    await this.alterScram([{ name: scope.username, mechanism: scramMechanism.kafkaType }], []);
    await this.withAdmin((admin) => admin.deleteAcls({ filters: aclsFor(scope) }));
  }

  private async alterScram(
    deletions: Array<{ name: string; mechanism: number }>,
    upsertions: Array<{ name: string; mechanism: number; iterations: number; salt: Buffer; saltedPassword: Buffer }>,
  ): Promise<void> {
    const [host, port] = this.settings.brokers[0]!.split(':');
    const connection = new Connection(this.settings.clientId);
    try {
      await connection.connect(host!, Number(port ?? 9092));
      const response = await alterUserScramCredentialsV0.api.async(connection, deletions, upsertions);
      const failed = response.results.filter((result) => result.errorCode !== 0 && !(deletions.length > 0 && result.errorCode === resourceNotFound));
      if (failed.length > 0) {
        throw new Error(`Kafka refused the SCRAM credential change: ${failed.map((result) => `${result.user}: ${result.errorMessage ?? result.errorCode}`).join('; ')}`);
      }
    } finally {
      await connection.close();
    }
  }

  private async withAdmin<T>(work: (admin: ReturnType<Kafka['admin']>) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }
}

function aclsFor(scope: PartnerAccessScope): AclEntry[] {
  const principal = `User:${scope.username}`;
  const allow = (resourceType: AclResourceTypes, resourceName: string, operation: AclOperationTypes): AclEntry => ({
    resourceType,
    resourceName,
    resourcePatternType: ResourcePatternTypes.PREFIXED,
    principal,
    host: '*',
    operation,
    permissionType: AclPermissionTypes.ALLOW,
  });
  return [
    allow(AclResourceTypes.TOPIC, scope.topicPrefix, AclOperationTypes.READ),
    allow(AclResourceTypes.TOPIC, scope.topicPrefix, AclOperationTypes.DESCRIBE),
    allow(AclResourceTypes.GROUP, scope.groupPrefix, AclOperationTypes.READ),
  ];
}
