import { Injectable } from '@nestjs/common';
import { handleCommand } from '@groundswell/event-store';
import type { ConsentPurpose, ConsentSource } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { memberDecider, memberStreams } from '../../domain';
import { memberProjection } from '../../read-models/member.projection';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';

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
    await handleCommand({
      pool: this.context.pool,
      decider: memberDecider,
      stream: tenantStream(identity.tenant, memberStreams.member(memberId)),
      command: { type, purpose: decision.purpose, source: decision.source, policyVersion: decision.policyVersion, at: decision.decidedAt, by: actorOf(identity) },
      commandName: type,
      context: { idempotencyKey },
      projections: [memberProjection],
    });
    return { memberId };
  }
}
