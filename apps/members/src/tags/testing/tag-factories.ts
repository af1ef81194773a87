import type { MemberLifecycleStage } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { memberDecider } from '../../membership/member.decider';
import { memberStreams } from '../../shared/stream-ids';
import { actorOf } from '../../shared/actor-of';
import type { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';

/** An operator sets the member's stage in a community, as the lifecycle override mutation would. */
export async function setStage(context: MembersContext, identity: Identity, memberId: string, communityId: string, stage: MemberLifecycleStage) {
  await context.store.handle({
    decider: memberDecider,
    stream: tenantStream(identity.tenant, memberStreams.member(memberId)),
    command: { type: 'OverrideLifecycleStage', communityId, stage, reason: 'test', at: new Date(), by: actorOf(identity) },
  });
}
