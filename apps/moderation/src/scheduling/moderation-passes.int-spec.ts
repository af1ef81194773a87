import { randomUUID } from 'node:crypto';
import { EventStore, runAsLeader, type ScheduledPass } from '@groundswell/event-store';
import { freshDatabase, type TestDatabase } from '@groundswell/test-kit';
import { caseworkProjections } from '../casework/casework.projections';
import { crisisProjections } from '../crisis/crisis.projection';
import { CrisisQueries } from '../crisis/crisis.queries';
import { minutesAfterTen } from '../crisis/testing/crisis-alert.factory';
import { CheckCrisisSlasUseCase } from '../crisis/use-cases/check-crisis-slas.use-case';
import { RecordCrisisObservationsUseCase } from '../crisis/use-cases/record-crisis-observations.use-case';
import { SanctionQueries } from '../sanctions/sanction.queries';
import { ApplySanctionUseCase } from '../sanctions/use-cases/apply-sanction.use-case';
import { ExpireDueMutesUseCase } from '../sanctions/use-cases/expire-due-mutes.use-case';
import { aTenantId, anOperator } from '../testing/identities';
import { createModerationDatabase } from '../testing/moderation-database';
import { moderationPasses } from './moderation-passes';

/** What `ScheduledPasses.tick()` does with each pass, at an instant the test chooses. */
async function tickAt(database: TestDatabase, passes: ScheduledPass[], at: Date): Promise<Record<string, number | undefined>> {
  const changed: Record<string, number | undefined> = {};
  for (const pass of passes) changed[pass.name] = await runAsLeader(database.pool, pass.name, () => pass.run(database.pool, at));
  return changed;
}

describe('moderation scheduled passes', () => {
  const database = freshDatabase('test', () => createModerationDatabase('scheduled_passes'));

  it('should end a one-hour mute after an hour and breach an unanswered alert’s SLA after 30 minutes, each once, on the scheduler’s clock', async () => {
    const tenant = aTenantId();
    const systemTimeIsIgnored = () => new Date('2000-01-01T00:00:00.000Z');
    const casework = new EventStore(database.pool, caseworkProjections);
    const crisis = new EventStore(database.pool, crisisProjections);
    const passes = moderationPasses(new ExpireDueMutesUseCase(casework, new SanctionQueries(database.pool), systemTimeIsIgnored), new CheckCrisisSlasUseCase(crisis, systemTimeIsIgnored));
    const communityId = randomUUID();
    const { sanctionIds } = await new ApplySanctionUseCase(casework, () => minutesAfterTen(0)).execute(anOperator(tenant, 'u-mod'), {
      memberId: randomUUID(), kind: 'mute', durationMinutes: 60, communityId, ruleId: 'R3 禁止广告', reason: '群内发广告',
    });
    const complaints = Array.from({ length: 20 }, () => ({ kind: 'message' as const, communityId, text: '质量太差了，客服也不理人，我要投诉！', at: minutesAfterTen(0) }));
    const { raisedAlertIds } = await new RecordCrisisObservationsUseCase(crisis, () => minutesAfterTen(0)).execute(tenant, complaints);
    expect(raisedAlertIds).toHaveLength(1);

    expect(await tickAt(database, passes, minutesAfterTen(25))).toEqual({ 'moderation-mute-expiry': 0, 'moderation-crisis-sla': 0 });
    expect(await tickAt(database, passes, minutesAfterTen(31))).toEqual({ 'moderation-mute-expiry': 0, 'moderation-crisis-sla': 1 });
    expect(await tickAt(database, passes, minutesAfterTen(61))).toEqual({ 'moderation-mute-expiry': 1, 'moderation-crisis-sla': 0 });
    expect(await tickAt(database, passes, minutesAfterTen(62))).toEqual({ 'moderation-mute-expiry': 0, 'moderation-crisis-sla': 0 });

    expect((await new SanctionQueries(database.pool).sanction(tenant, sanctionIds[0]!))?.status).toBe('expired');
    expect(await new CrisisQueries(database.pool).alert(anOperator(tenant, 'u-lead'), raisedAlertIds[0]!)).toMatchObject({ slaBreachedAt: minutesAfterTen(31) });
  });
});
