import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { actorOf } from '../../shared/actor-of';
import { MembersContext } from '../../shared/members-context';
import { runPointsCommand, type PointsBalance } from './points-command';

export interface AdjustPointsInput {
  memberId: string;
  /** Positive adds points, negative takes them (never below zero). */
  amount: number;
  reason: string;
}

/** An operator's correction, with a reason. */
@Injectable()
export class AdjustPointsUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, input: AdjustPointsInput, idempotencyKey?: string): Promise<PointsBalance> {
    const command = { type: 'AdjustPoints' as const, memberId: input.memberId, adjustmentId: randomUUID(), delta: input.amount, reason: input.reason, at: new Date(), by: actorOf(identity) };
    return runPointsCommand(this.context, identity, command, idempotencyKey);
  }
}
