import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Actor } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { appealDecider } from '../appeal.decider';
import { AppealError } from '../appeal.error';
import { appealStream } from '../appeal.events';
import { SanctionQueries } from '../../sanctions/sanction.queries';

export interface FileAppealInput {
  sanctionId: string;
  statement: string;
  /** Set when an operator or a platform connector passes on the member's own appeal. */
  appellantMemberId?: string;
}

@Injectable()
export class FileAppealUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly sanctions: SanctionQueries,
  ) {}

  async execute(identity: Identity, input: FileAppealInput, idempotencyKey?: string): Promise<string> {
    const sanction = await this.sanctions.sanction(identity.tenant, input.sanctionId);
    if (!sanction) throw new AppealError('SANCTION_NOT_FOUND', 'No such sanction', { sanctionId: input.sanctionId });
    const filedBy: Actor = input.appellantMemberId ? { kind: 'member', id: input.appellantMemberId } : { kind: 'operator', id: identity.sub };
    const appealId = randomUUID();
    const { result } = await this.store.handle({
      decider: appealDecider,
      stream: appealStream(identity.tenant, sanction.id),
      command: {
        type: 'FileAppeal',
        appealId,
        sanction: { sanctionId: sanction.id, memberId: sanction.memberId, status: sanction.status, appliedBy: { kind: sanction.appliedByKind, id: sanction.appliedById } },
        statement: input.statement,
        filedBy,
      },
      context: { idempotencyKey },
      result: () => ({ appealId }),
    });
    return result.appealId;
  }
}
