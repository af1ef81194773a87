import { EventStore, eventStoreMigrations } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { createTestDatabase, freshDatabase } from '@groundswell/test-kit';
import { aTenantId } from '../testing/identities';
import { RiskError } from './risk.error';
import { riskMigrations } from './risk.migrations';
import { riskProjections } from './risk.projection';
import { RiskQueries } from './risk.queries';
import { ChangeRiskOwnerUseCase } from './use-cases/change-risk-owner.use-case';
import { CloseRiskUseCase } from './use-cases/close-risk.use-case';
import { ReassessRiskUseCase } from './use-cases/reassess-risk.use-case';
import { RegisterRiskUseCase, type RegisterRiskInput } from './use-cases/register-risk.use-case';

const anOwner = (tenant: string): Identity => ({ sub: 'u-owner', tenant, roles: ['owner'] });
const aRisk = (overrides: Partial<RegisterRiskInput> = {}): RegisterRiskInput => ({
  riskType: 'content',
  title: '违规广告混入社群',
  likelihood: 3,
  impact: 3,
  owner: 'u-moderation-lead',
  reviewDue: '2099-01-01',
  ...overrides,
});

describe('risk register', () => {
  const database = freshDatabase('test', () => createTestDatabase('moderation_risks', [...eventStoreMigrations, ...riskMigrations]));
  let register: RegisterRiskUseCase;
  let reassess: ReassessRiskUseCase;
  let changeOwner: ChangeRiskOwnerUseCase;
  let close: CloseRiskUseCase;
  let queries: RiskQueries;

  beforeEach(() => {
    const store = new EventStore(database.pool, riskProjections);
    [register, reassess, changeOwner, close] = [new RegisterRiskUseCase(store), new ReassessRiskUseCase(store), new ChangeRiskOwnerUseCase(store), new CloseRiskUseCase(store)];
    queries = new RiskQueries(database.pool);
  });

  it('should list the register worst first, a page at a time, filtered by type and band', async () => {
    const tenant = aTenantId();
    const medium = await register.execute(anOwner(tenant), aRisk());
    const critical = await register.execute(anOwner(tenant), aRisk({ riskType: 'policy', title: '个人信息保护法合规', likelihood: 4, impact: 5 }));
    const low = await register.execute(anOwner(tenant), aRisk({ riskType: 'technology', title: '备份失败', likelihood: 1, impact: 4 }));

    const page = await queries.risks(tenant, {}, 2);
    expect(page.edges.map((edge) => [edge.node.id, edge.node.score, edge.node.band])).toEqual([
      [critical, 20, 'critical'],
      [medium, 9, 'medium'],
    ]);
    const next = await queries.risks(tenant, {}, 2, page.pageInfo.endCursor!);
    expect(next.edges.map((edge) => edge.node.id)).toEqual([low]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect((await queries.risks(tenant, { riskType: 'policy' })).edges.map((edge) => edge.node.id)).toEqual([critical]);
    expect((await queries.risks(tenant, { band: 'low' })).totalCount).toBe(1);
  });

  it('should re-rate a risk and move its review date, and hand it to a new owner', async () => {
    const tenant = aTenantId();
    const riskId = await register.execute(anOwner(tenant), aRisk());
    await reassess.execute(anOwner(tenant), { riskId, likelihood: 5, impact: 4, potentialLossYuan: 200_000, note: '竞品被约谈，监管趋严', reviewDue: '2099-02-01' });
    await changeOwner.execute(anOwner(tenant), riskId, 'u-legal');
    expect(await queries.risk(tenant, riskId)).toMatchObject({ score: 20, band: 'critical', potentialLossYuan: 200_000, reviewDue: '2099-02-01', owner: 'u-legal' });
    const { rows } = await database.pool.query('SELECT score, note FROM risk_assessments WHERE tenant_id = $1 AND risk_id = $2 ORDER BY assessed_at', [tenant, riskId]);
    expect(rows).toEqual([{ score: 9, note: null }, { score: 20, note: '竞品被约谈，监管趋严' }]);
  });

  it('should list open risks whose review date has passed, longest overdue first', async () => {
    const tenant = aTenantId();
    const early = await register.execute(anOwner(tenant), aRisk({ reviewDue: '2099-01-10' }));
    const later = await register.execute(anOwner(tenant), aRisk({ reviewDue: '2099-03-01' }));
    await register.execute(anOwner(tenant), aRisk({ reviewDue: '2099-06-01' }));
    const closed = await register.execute(anOwner(tenant), aRisk({ reviewDue: '2099-01-01' }));
    await close.execute(anOwner(tenant), closed, '业务下线');

    const overdue = await queries.overdueReviews(tenant, '2099-04-01', 1);
    expect(overdue.edges.map((edge) => edge.node.id)).toEqual([early]);
    expect(overdue.totalCount).toBe(2);
    expect((await queries.overdueReviews(tenant, '2099-04-01', 1, overdue.pageInfo.endCursor!)).edges.map((edge) => edge.node.id)).toEqual([later]);
    expect((await queries.overdueReviews(tenant, '2099-03-01')).edges.map((edge) => edge.node.id)).toEqual([early]);
  });

  it('should refuse changes to a closed risk, and keep risks within their tenant', async () => {
    const tenant = aTenantId();
    const riskId = await register.execute(anOwner(tenant), aRisk());
    await expect(changeOwner.execute(anOwner(aTenantId()), riskId, 'u-x')).rejects.toMatchObject({ code: 'RISK_NOT_FOUND', category: 'NOT_FOUND' });
    await close.execute(anOwner(tenant), riskId, '已整改');
    await expect(close.execute(anOwner(tenant), riskId, '已整改')).rejects.toBeInstanceOf(RiskError);
    await expect(changeOwner.execute(anOwner(tenant), riskId, 'u-x')).rejects.toMatchObject({ code: 'RISK_CLOSED', category: 'CONFLICT' });
  });

  it('should answer a retried registration with the first risk', async () => {
    const tenant = aTenantId();
    const first = await register.execute(anOwner(tenant), aRisk(), 'register-1');
    expect(await register.execute(anOwner(tenant), aRisk(), 'register-1')).toBe(first);
    expect((await queries.risks(tenant, {})).totalCount).toBe(1);
  });
});
