import { Inject, Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { MEMBERS_CLOCK, type Clock } from '../scheduling/clock';
import { lifecycleActivityHandler } from './lifecycle-automation';

export const lifecycleGroup = 'members.lifecycle';

/** Promotes members as their activity arrives (exactly once per activity event). */
@Injectable()
export class LifecycleConsumer extends ServiceConsumer {
  constructor(@Inject(MEMBERS_CLOCK) private readonly clock: Clock) {
    super();
  }

  protected definition() {
    return { groupId: lifecycleGroup, topics: [domainTopics.members.activity], component: 'lifecycle', handle: lifecycleActivityHandler(this.clock) };
  }
}
