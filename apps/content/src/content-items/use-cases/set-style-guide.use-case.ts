import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { styleGuideDecider, styleGuideStream } from '../style-guide/style-guide.decider';
import type { StyleRule } from '../style-guide/style-rules';

/** Replaces the tenant's tone rules; variants written afterwards are checked against them. */
@Injectable()
export class SetStyleGuideUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, rules: StyleRule[], idempotencyKey?: string): Promise<void> {
    await this.store.handle({
      decider: styleGuideDecider,
      stream: { tenantId: identity.tenant, ...styleGuideStream },
      command: { type: 'SetStyleGuide', rules, by: identity.sub },
      context: { idempotencyKey },
    });
  }
}
