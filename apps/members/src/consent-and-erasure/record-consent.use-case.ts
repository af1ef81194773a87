import { Injectable } from '@nestjs/common';
import type { ConsentPurpose, ConsentSource } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { memberDecider } from '../membership/member.decider';
import { memberStreams } from '../shared/stream-ids';
import { actorOf } from '../shared/actor-of';
import { MembersContext } from '../shared/members-context';
import { tenantStream } from '../shared/tenant-stream';

export interface ConsentDecision {
  purpose: ConsentPurpose;
  granted: boolean;
  source: ConsentSource;
  policyVersion: string;
  decidedAt: Date;
}

/** Records a member's PIPL consent decision for one purpose, with its source and policy version. */
@Injectable()
export class RecordConsentUseCase {
  constructor(private readonly context: MembersContext) {}

  async execute(identity: Identity, memberId: string, decision: ConsentDecision, idempotencyKey?: string): Promise<{ memberId: string }> {
    const type = decision.granted ? 'GrantConsent' : 'RevokeConsent';
    await this.context.store.handle({
      decider: memberDecider,
      stream: tenantStream(identity.tenant, memberStreams.member(memberId)),
      command: { type, purpose: decision.purpose, source: decision.source, policyVersion: decision.policyVersion, at: decision.decidedAt, by: actorOf(identity) },
      context: { idempotencyKey },
    });
    return { memberId };
  }
}
