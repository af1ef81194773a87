import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { replicateIdentities } from './identity-replica.handler';

export const referralIdentitiesGroup = 'campaigns.referral-identities';
const topics = [domainTopics.members.member];

/** The members service's identity graph, as far as referral anti-fraud needs it: who was known, and since when. */
@Injectable()
export class IdentityReplicaConsumer extends ServiceConsumer {
  protected definition() {
    return { groupId: referralIdentitiesGroup, topics, component: 'referral-identities', handleBatch: replicateIdentities };
  }
}
