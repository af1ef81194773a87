import { Injectable } from '@nestjs/common';
import { ServiceConsumer } from '@groundswell/event-store';
import { domainTopics } from '@groundswell/events';
import { MembersContext } from '../../shared/members-context';
import { applyTagRules } from './apply-tag-rules';

export const tagRulesGroup = 'members.tag-rules';

/**
 * Applies rule-based tags after lifecycle stage changes. Asynchronous because the stage changes are
 * appended by use cases of other features; the exactly-once consumer makes each change count once.
 */
@Injectable()
export class TagRulesConsumer extends ServiceConsumer {
  constructor(private readonly context: MembersContext) {
    super();
  }

  protected definition() {
    return { groupId: tagRulesGroup, topics: [domainTopics.members.member], component: 'tag-rules', handle: applyTagRules(this.context.store) };
  }
}
