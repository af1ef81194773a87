import { EventStore, eventStoreMigrations } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { createTestDatabase } from '@groundswell/test-kit';
import { ClaimCaseUseCase } from '../../review-queue/use-cases/claim-case.use-case';
import { DecideCaseUseCase, type DecideCaseInput } from '../../review-queue/use-cases/decide-case.use-case';
import { OpenScreeningCaseUseCase, type ScreeningVerdictForReview } from '../../review-queue/use-cases/open-screening-case.use-case';
import { caseworkMigrations } from '../casework.migrations';
import { caseworkProjections } from '../casework.projections';

/**
 * A fresh database with the event store and the casework read models, a store projecting into them, and the steps
 * casework tests arrange with. It drops its database, so a spec can hold one with freshDatabase.
 */
export async function caseworkWorld(label: string) {
  const database = await createTestDatabase(`moderation_${label}`, [...eventStoreMigrations, ...caseworkMigrations]);
  const store = new EventStore(database.pool, caseworkProjections);

  const openScreeningCase = (tenant: string, verdict: ScreeningVerdictForReview) => new OpenScreeningCaseUseCase(store).execute(tenant, verdict);

  const claimAndDecide = async (moderator: Identity, decision: DecideCaseInput) => {
    await new ClaimCaseUseCase(store).execute(moderator, decision.caseId);
    await new DecideCaseUseCase(store).execute(moderator, decision);
  };

  return { store, pool: database.pool, drop: () => database.drop(), openScreeningCase, claimAndDecide };
}

export const memberId = '0b6f1a52-0000-4000-8000-000000000001';
export const communityId = '0b6f1a52-0000-4000-8000-0000000000c1';

export const aScreeningVerdict = (
  screeningId: string,
  targetId: string,
  overrides: { verdict?: ScreeningVerdictForReview['verdict']; riskScore?: number } = {},
): ScreeningVerdictForReview => ({
  screeningId,
  target: { kind: 'message', id: targetId },
  verdict: overrides.verdict ?? 'needs_review',
  riskScore: overrides.riskScore ?? 0.5,
});
