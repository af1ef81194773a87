import { randomUUID } from 'node:crypto';
import { RecordActivityUseCase } from '../activity/record-activity.use-case';
import { EraseMemberUseCase } from '../consent-and-erasure/erase-member.use-case';
import { anOperator, inMembersWorld } from '../shared/testing/members-test-world';
import { runChurnRiskPass } from './assess-churn-risk';
import { ChurnRiskQueries } from './churn-risk-queries';
import { ConfirmChurnRiskUseCase } from './confirm-churn-risk.use-case';

const dayMs = 24 * 60 * 60 * 1000;

describe('churn risk', () => {
  it('should score members on the scheduled pass, record band changes only, and take a person\'s confirmation once', async () => {
    await inMembersWorld('churn_risk', async (world) => {
      const operator = anOperator();
      const communityId = await world.aCommunity(operator);
      const memberId = await world.aMember(operator, communityId);
      const now = Date.now();
      // Active on 12 of the last 30 days, two purchases: no risk on any factor but a day's silence.
      const items = [
        ...Array.from({ length: 12 }, (_, index) => ({ memberId, kind: 'check_in' as const, clientEventId: `c-${index}`, occurredAt: new Date(now - (index + 1) * dayMs) })),
        ...[1, 2].map((index) => ({ memberId, kind: 'purchase' as const, clientEventId: `p-${index}`, occurredAt: new Date(now - index * dayMs), amountCents: 9900 })),
      ];
      await new RecordActivityUseCase(world.context).execute(operator, communityId, items);
      const queries = new ChurnRiskQueries(world.context);
      const risk = () => queries.churnRisk(operator.tenant, memberId, communityId);
      const assessments = async () =>
        (
          await world.database.pool.query<{ data: { band: string; previousBand?: string } }>(
            `SELECT data FROM events WHERE tenant_id = $1 AND event_type = 'groundswell.members.MemberChurnRiskAssessed.v1' ORDER BY global_position`,
            [operator.tenant],
          )
        ).rows.map((row) => row.data);

      expect(await runChurnRiskPass(world.database.pool, new Date(now))).toBe(1);
      expect(await risk()).toMatchObject({ band: 'low', modelVersion: 'churn-v1', confirmed: null });
      expect(await runChurnRiskPass(world.database.pool, new Date(now + 60_000))).toBe(0);

      // Seventy quiet days on: recency and frequency are at their worst; the purchases still count.
      expect(await runChurnRiskPass(world.database.pool, new Date(now + 70 * dayMs))).toBe(1);
      expect(await risk()).toMatchObject({ band: 'high', score: 0.8 });
      expect(await assessments()).toMatchObject([{ band: 'low' }, { band: 'high', previousBand: 'low' }]);

      const confirm = new ConfirmChurnRiskUseCase(world.context);
      const key = randomUUID();
      await confirm.execute(operator, { memberId, communityId, confirmed: true, note: 'Stopped replying' }, key);
      await confirm.execute(operator, { memberId, communityId, confirmed: true, note: 'Stopped replying' }, key);
      expect(await risk()).toMatchObject({ confirmed: true, reviewedBy: operator.sub });
      expect(await queries.revealNote(operator.tenant, memberId, (await risk())!.sealedNote)).toBe('Stopped replying');
      expect(await world.eventsOf(operator, `churn-risk-${memberId}-${communityId}`)).toEqual([
        'groundswell.members.MemberChurnRiskAssessed.v1',
        'groundswell.members.MemberChurnRiskAssessed.v1',
        'groundswell.members.MemberChurnRiskReviewed.v1',
      ]);

      // The note is free text about the member: sealed in the event row, gone with their key.
      const rowsMentioningNote = async () =>
        (await world.database.pool.query(`SELECT 1 FROM events WHERE tenant_id = $1 AND data::text LIKE '%Stopped replying%'`, [operator.tenant])).rowCount;
      expect(await rowsMentioningNote()).toBe(0);
      await new EraseMemberUseCase(world.context).execute(operator, memberId, 'member_request');
      expect(await queries.revealNote(operator.tenant, memberId, (await risk())!.sealedNote)).toBeNull();
      await expect(confirm.execute(operator, { memberId, communityId, confirmed: false, note: 'after erasure' })).rejects.toMatchObject({ code: 'MEMBER_ERASED' });

      const unassessed = await world.aMember(operator, communityId);
      await expect(confirm.execute(operator, { memberId: unassessed, communityId, confirmed: false })).rejects.toMatchObject({ code: 'CHURN_RISK_NOT_ASSESSED' });
    });
  });
});
