import { freshDatabase } from '@groundswell/test-kit';
import { aScreeningVerdict, caseworkWorld, communityId } from '../casework/testing/casework-world';
import { ReviewQueueQueries } from '../review-queue/review-queue.queries';
import { aTenantId, anOperator } from '../testing/identities';
import { ReportQueries } from './report.queries';
import { FileReportUseCase, type FileReportInput } from './use-cases/file-report.use-case';

const aboutMessage = (id: string, overrides: Partial<FileReportInput> = {}): FileReportInput => ({
  target: { kind: 'message', id, communityId },
  category: 'ads',
  detail: '群里发广告',
  ...overrides,
});

describe('reports', () => {
  const world = freshDatabase('test', () => caseworkWorld('reports'));
  const file = () => new FileReportUseCase(world.store);
  const reports = () => new ReportQueries(world.pool);
  const queue = () => new ReviewQueueQueries(world.pool);

  it('should put a report in the review queue and join later reports on the target to the same case', async () => {
    const tenant = aTenantId();
    const operator = anOperator(tenant, 'u-op', ['volunteer']);
    const first = await file().execute(operator, aboutMessage('msg-1', { reporterMemberId: 'm-alice' }));
    const second = await file().execute(operator, aboutMessage('msg-1', { reporterMemberId: 'm-bob' }));
    const third = await file().execute(operator, aboutMessage('msg-1'));

    expect(new Set([first.caseId, second.caseId, third.caseId])).toEqual(new Set([first.caseId]));
    const reviewCase = await queue().reviewCase(tenant, first.caseId);
    expect(reviewCase).toMatchObject({ source: 'report', status: 'open', reportCount: 3, priority: 'high', targetId: 'msg-1', communityId });
    const filed = await reports().reports(tenant, first.caseId);
    expect(filed.edges.map((edge) => [edge.node.reportedByKind, edge.node.reportedById]).sort()).toEqual([
      ['member', 'm-alice'],
      ['member', 'm-bob'],
      ['operator', 'u-op'],
    ]);
  });

  it('should join reports racing on one target to one case', async () => {
    const tenant = aTenantId();
    const reporters = ['m-1', 'm-2', 'm-3', 'm-4'];
    const filed = await Promise.all(reporters.map((member) => file().execute(anOperator(tenant, 'u-op'), aboutMessage('msg-race', { reporterMemberId: member }))));
    expect(new Set(filed.map((report) => report.caseId)).size).toBe(1);
    expect((await queue().reviewQueue(tenant)).totalCount).toBe(1);
    expect((await queue().reviewCase(tenant, filed[0]!.caseId))?.reportCount).toBe(4);
  });

  it('should join a report to the case screening opened on the same item', async () => {
    const tenant = aTenantId();
    const { caseId } = await world.openScreeningCase(tenant, aScreeningVerdict('s-1', 'msg-1', { riskScore: 0.6 }));
    const report = await file().execute(anOperator(tenant, 'u-op'), aboutMessage('msg-1'));
    expect(report.caseId).toBe(caseId);
    expect(await queue().reviewCase(tenant, caseId)).toMatchObject({ source: 'screening', reportCount: 1 });
  });

  it('should refuse a second report by the same reporter on an open case, and open a new case once it is decided', async () => {
    const tenant = aTenantId();
    const operator = anOperator(tenant, 'u-op');
    const first = await file().execute(operator, aboutMessage('msg-1'));
    await expect(file().execute(operator, aboutMessage('msg-1'))).rejects.toMatchObject({ code: 'ALREADY_REPORTED', category: 'CONFLICT' });

    await world.claimAndDecide(anOperator(tenant, 'u-mod'), { caseId: first.caseId, decision: 'approve' });
    const afterDecision = await file().execute(operator, aboutMessage('msg-1'));

    expect(afterDecision.caseId).not.toBe(first.caseId);
    expect((await queue().reviewQueue(tenant)).edges.map((edge) => edge.node.id)).toEqual([afterDecision.caseId]);
  });

  it('should replay a retried report and refuse a member reporting themself', async () => {
    const tenant = aTenantId();
    const operator = anOperator(tenant, 'u-op');
    const first = await file().execute(operator, aboutMessage('msg-1'), 'report-1');
    const retried = await file().execute(operator, aboutMessage('msg-1'), 'report-1');
    expect(retried).toEqual(first);
    expect((await reports().reports(tenant, undefined)).totalCount).toBe(1);
    const selfReport = file().execute(operator, { target: { kind: 'member', id: 'm-alice' }, category: 'abuse', reporterMemberId: 'm-alice' });
    await expect(selfReport).rejects.toMatchObject({ code: 'SELF_REPORT', category: 'BAD_USER_INPUT' });
  });

  it('should list reports newest first, page by page, only the tenant’s own', async () => {
    const [tenant, other] = [aTenantId(), aTenantId()];
    const ids: string[] = [];
    for (const target of ['msg-1', 'msg-2', 'msg-3']) ids.push((await file().execute(anOperator(tenant, 'u-op'), aboutMessage(target))).reportId);
    await file().execute(anOperator(other, 'u-op'), aboutMessage('msg-1'));

    const firstPage = await reports().reports(tenant, undefined, 2);
    const secondPage = await reports().reports(tenant, undefined, 2, firstPage.pageInfo.endCursor!);
    const listed = [...firstPage.edges, ...secondPage.edges].map((edge) => edge.node);

    expect(listed.map((report) => report.id).sort()).toEqual([...ids].sort());
    expect(listed.map((report) => report.filedAt.getTime())).toEqual(listed.map((report) => report.filedAt.getTime()).sort((a, b) => b - a));
    expect([firstPage.totalCount, firstPage.pageInfo.hasNextPage, secondPage.pageInfo.hasNextPage]).toEqual([3, true, false]);
  });
});
