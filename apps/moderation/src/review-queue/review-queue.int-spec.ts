import { readStream } from '@groundswell/event-store';
import { freshDatabase } from '@groundswell/test-kit';
import { aScreeningVerdict, caseworkWorld } from '../casework/testing/casework-world';
import { aTenantId, anOperator } from '../testing/identities';
import { reviewCaseEventTypes } from './review-case.events';
import { ReviewQueueError } from './review-queue.error';
import { ReviewQueueQueries } from './review-queue.queries';
import { ClaimCaseUseCase } from './use-cases/claim-case.use-case';
import { DecideCaseUseCase } from './use-cases/decide-case.use-case';
import { ReleaseCaseUseCase } from './use-cases/release-case.use-case';

describe('review queue', () => {
  const world = freshDatabase('test', () => caseworkWorld('review_queue'));
  const claim = () => new ClaimCaseUseCase(world.store);
  const release = () => new ReleaseCaseUseCase(world.store);
  const decide = () => new DecideCaseUseCase(world.store);
  const queries = () => new ReviewQueueQueries(world.pool);

  it('should let exactly one of two moderators claiming a case at once hold it', async () => {
    const tenant = aTenantId();
    const { caseId } = await world.openScreeningCase(tenant, aScreeningVerdict('s-1', 'msg-1'));

    const outcomes = await Promise.allSettled([claim().execute(anOperator(tenant, 'u-ann'), caseId), claim().execute(anOperator(tenant, 'u-ben'), caseId)]);

    const rejected = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ReviewQueueError);
    expect(rejected[0]!.reason).toMatchObject({ code: 'CASE_HELD', category: 'CONFLICT' });
    const claims = (await readStream(world.pool, tenant, `review-case-${caseId}`)).filter((event) => event.type === reviewCaseEventTypes.claimed);
    expect(claims).toHaveLength(1);
    expect((await queries().reviewCase(tenant, caseId))?.holder).toBe((claims[0]!.data as { moderator: string }).moderator);
  });

  it('should open one case per screening, however often its verdict arrives, and join a second verdict on the target to it', async () => {
    const tenant = aTenantId();
    const first = await world.openScreeningCase(tenant, aScreeningVerdict('s-1', 'msg-1'));
    const again = await world.openScreeningCase(tenant, aScreeningVerdict('s-1', 'msg-1'));
    const sameTarget = await world.openScreeningCase(tenant, aScreeningVerdict('s-2', 'msg-1'));
    expect([again.caseId, sameTarget.caseId]).toEqual([first.caseId, first.caseId]);
    expect((await queries().reviewQueue(tenant)).totalCount).toBe(1);
  });

  it('should serve the queue most urgent first, then oldest first, a page at a time', async () => {
    const tenant = aTenantId();
    const normal = await world.openScreeningCase(tenant, aScreeningVerdict('s-1', 'msg-1'));
    const urgent = await world.openScreeningCase(tenant, aScreeningVerdict('s-2', 'msg-2', { verdict: 'blocked', riskScore: 0.95 }));
    const laterNormal = await world.openScreeningCase(tenant, aScreeningVerdict('s-3', 'msg-3'));
    const low = await world.openScreeningCase(tenant, aScreeningVerdict('s-4', 'msg-4', { verdict: 'censored' }));

    const firstPage = await queries().reviewQueue(tenant, {}, 2);
    const secondPage = await queries().reviewQueue(tenant, {}, 2, firstPage.pageInfo.endCursor!);

    expect([...firstPage.edges, ...secondPage.edges].map((edge) => edge.node.id)).toEqual([urgent.caseId, normal.caseId, laterNormal.caseId, low.caseId]);
    expect([firstPage.pageInfo.hasNextPage, secondPage.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it('should escalate to the next level and let a senior reviewer overturn the automatic block', async () => {
    const tenant = aTenantId();
    const { caseId } = await world.openScreeningCase(tenant, aScreeningVerdict('s-1', 'msg-1', { verdict: 'blocked' }));
    await world.claimAndDecide(anOperator(tenant, 'u-ann'), { caseId, decision: 'escalate', reason: '疑似误判，需要资深审核' });
    expect(await queries().reviewCase(tenant, caseId)).toMatchObject({ level: 2, holder: null, status: 'open' });
    expect((await queries().reviewQueue(tenant, { level: 2, unclaimedOnly: true })).edges.map((edge) => edge.node.id)).toEqual([caseId]);

    await world.claimAndDecide(anOperator(tenant, 'u-senior', ['community_manager']), { caseId, decision: 'approve' });

    expect(await queries().reviewCase(tenant, caseId)).toMatchObject({ status: 'decided', decision: 'approved', decidedBy: 'u-senior', overturnsAutomaticVerdict: true, level: 2 });
    expect((await queries().reviewQueue(tenant)).totalCount).toBe(0);
    expect((await queries().reviewQueue(tenant, { status: 'decided' })).totalCount).toBe(1);
  });

  it('should put a released case back in the queue for anyone, and refuse decisions by a non-holder', async () => {
    const tenant = aTenantId();
    const { caseId } = await world.openScreeningCase(tenant, aScreeningVerdict('s-1', 'msg-1'));
    await claim().execute(anOperator(tenant, 'u-ann'), caseId);
    await expect(decide().execute(anOperator(tenant, 'u-ben'), { caseId, decision: 'reject', reason: '广告' })).rejects.toMatchObject({ code: 'CASE_NOT_HELD' });
    await release().execute(anOperator(tenant, 'u-ann'), caseId);
    await world.claimAndDecide(anOperator(tenant, 'u-ben'), { caseId, decision: 'reject', reason: '广告' });
    expect(await queries().reviewCase(tenant, caseId)).toMatchObject({ decision: 'rejected', decisionReason: '广告', decidedBy: 'u-ben', overturnsAutomaticVerdict: false });
  });

  it('should replay a retried claim and keep another tenant out', async () => {
    const [tenant, other] = [aTenantId(), aTenantId()];
    const { caseId } = await world.openScreeningCase(tenant, aScreeningVerdict('s-1', 'msg-1'));
    await claim().execute(anOperator(tenant, 'u-ann'), caseId, 'claim-1');
    await release().execute(anOperator(tenant, 'u-ann'), caseId);
    await claim().execute(anOperator(tenant, 'u-ann'), caseId, 'claim-1');
    expect((await queries().reviewCase(tenant, caseId))?.holder).toBeNull();
    await expect(claim().execute(anOperator(other, 'u-ann'), caseId)).rejects.toMatchObject({ code: 'CASE_NOT_FOUND', category: 'NOT_FOUND' });
    expect(await queries().reviewCase(other, caseId)).toBeNull();
  });
});
