import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { MembersContext } from '../../shared/members-context';
import { requireUuid } from './active-member';
import { runPointsCommand, type PointsBalance } from './points-command';

export interface RedeemPointsInput {
  memberId: string;
  amount: number;
  /** Chosen by the caller, so a retried redemption charges once. */
  redemptionId: string;
}

/** Spends points outside the catalogue (e.g. a partner's voucher); the balance never goes below zero. */
@Injectable()
export class RedeemPointsUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, input: RedeemPointsInput, idempotencyKey?: string): Promise<PointsBalance> {
    requireUuid(input.redemptionId, 'redemptionId');
    return runPointsCommand(this.context, identity, { type: 'RedeemPoints', ...input, at: new Date() }, idempotencyKey);
  }
}
