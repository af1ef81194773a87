import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { MembersContext } from '../shared/members-context';
import { applyModerationSanction } from './moderation-sanction.handler';

export const moderationSanctionsGroup = 'members.moderation-sanctions';
const topics = [domainTopics.moderation.memberSanctions];

/** Removals and bans decided in moderation take effect on the member record, exactly once (issue 12). */
@Injectable()
export class ModerationSanctionsConsumer extends ServiceConsumer {
  constructor(private readonly context: MembersContext) {
    super();
  }

  protected definition() {
    return { groupId: moderationSanctionsGroup, topics, component: 'moderation-sanctions', handle: applyModerationSanction(this.context.store) };
  }
}
