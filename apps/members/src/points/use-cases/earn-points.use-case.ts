import { Injectable } from '@nestjs/common';
import type { PointsSourceKind } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { MembersContext } from '../../shared/members-context';
import { runPointsCommand, type PointsBalance } from './points-command';

export interface EarnPointsInput {
  memberId: string;
  amount: number;
  /** What earned them, e.g. `order:8812`: one source reference pays once, however often it is retried. */
  sourceRef: string;
  sourceKind: PointsSourceKind;
  expiresAt?: Date;
}

@Injectable()
export class EarnPointsUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, input: EarnPointsInput, idempotencyKey?: string): Promise<PointsBalance> {
    return runPointsCommand(this.context, identity, { type: 'EarnPoints', ...input, at: new Date() }, idempotencyKey);
  }
}
