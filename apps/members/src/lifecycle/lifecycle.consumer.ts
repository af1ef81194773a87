import { Inject, Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { MEMBERS_CLOCK, type Clock } from '../shared/scheduling/clock';
import { MembersContext } from '../shared/members-context';
import { lifecycleActivityHandler } from './lifecycle-automation';

export const lifecycleGroup = 'members.lifecycle';

/** Promotes members as their activity arrives (exactly once per activity event). */
@Injectable()
export class LifecycleConsumer extends ServiceConsumer {
  constructor(
    @Inject(MEMBERS_CLOCK) private readonly clock: Clock,
    private readonly context: MembersContext,
  ) {
    super();
  }

  protected definition() {
    return { groupId: lifecycleGroup, topics: [domainTopics.members.activity], component: 'lifecycle', handle: lifecycleActivityHandler(this.context.store, this.clock) };
  }
}
