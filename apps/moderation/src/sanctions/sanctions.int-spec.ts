import { readStream } from '@groundswell/event-store';
import { freshDatabase } from '@groundswell/test-kit';
import { caseworkWorld, communityId, memberId } from '../casework/testing/casework-world';
import { aTenantId, anOperator } from '../testing/identities';
import { SanctionQueries } from './sanction.queries';
import { sanctionEventTypes } from './sanction.events';
import { ApplySanctionUseCase, type ApplySanctionInput } from './use-cases/apply-sanction.use-case';
import { ExpireDueMutesUseCase } from './use-cases/expire-due-mutes.use-case';
import { LiftSanctionUseCase } from './use-cases/lift-sanction.use-case';
import { SetEscalationPolicyUseCase } from './use-cases/set-escalation-policy.use-case';

const hour = 60 * 60 * 1000;
const day = 24 * hour;

const warning = (overrides: Partial<ApplySanctionInput> = {}): ApplySanctionInput => ({ memberId, kind: 'warning', communityId, ruleId: 'R3 禁止广告', reason: '群内发广告', ...overrides });

describe('sanctions', () => {
  const world = freshDatabase('test', () => caseworkWorld('sanctions'));
  let now: Date;
  const clock = () => now;
  const queries = () => new SanctionQueries(world.pool);
  const apply = () => new ApplySanctionUseCase(world.store, clock);
  const lift = () => new LiftSanctionUseCase(world.store);
  const expireDueMutes = () => new ExpireDueMutesUseCase(world.store, queries(), clock);
  const setPolicy = () => new SetEscalationPolicyUseCase(world.store);

  beforeEach(() => {
    now = new Date('2026-12-01T02:00:00.000Z');
  });

  const passTime = (milliseconds: number) => {
    now = new Date(now.getTime() + milliseconds);
  };

  it('should turn the third warning within 30 days into a 24-hour mute under the default policy', async () => {
    const tenant = aTenantId();
    const moderator = anOperator(tenant, 'u-mod');
    await apply().execute(moderator, warning());
    passTime(10 * day);
    await apply().execute(moderator, warning());
    passTime(10 * day);
    const { sanctionIds } = await apply().execute(moderator, warning());

    expect(sanctionIds).toHaveLength(2);
    const mute = await queries().sanction(tenant, sanctionIds[1]!);
    expect(mute).toMatchObject({ kind: 'mute', status: 'active', communityId, durationMinutes: 1440, appliedByKind: 'system', escalationPolicyVersion: 0 });
    expect(mute!.expiresAt).toEqual(new Date(now.getTime() + day));
    expect(mute!.notice).toContain('您在 30 天内累计受到 3 次警告');
    expect((await queries().sanctions(tenant, { memberId, status: 'active' })).totalCount).toBe(4);
  });

  it('should escalate by the tenant’s own policy version once it is set', async () => {
    const tenant = aTenantId();
    await setPolicy().execute(anOperator(tenant, 'u-owner', ['owner']), [{ ofKind: 'warning', count: 2, withinDays: 7, then: { kind: 'remove' } }]);
    expect(await queries().escalationPolicy(tenant)).toEqual({ version: 1, steps: [{ ofKind: 'warning', count: 2, withinDays: 7, then: { kind: 'remove' } }] });

    await apply().execute(anOperator(tenant, 'u-mod'), warning());
    passTime(day);
    const { sanctionIds } = await apply().execute(anOperator(tenant, 'u-mod'), warning());

    expect(await queries().sanction(tenant, sanctionIds[1]!)).toMatchObject({ kind: 'remove', escalationPolicyVersion: 1 });
    // The removal is what the members service consumes: it carries the member and the community.
    const events = await readStream(world.pool, tenant, `member-sanctions-${memberId}`);
    expect(events.at(-1)).toMatchObject({ type: sanctionEventTypes.applied, data: { kind: 'remove', memberId, communityId } });
  });

  it('should let a volunteer mute and refuse them anything stronger', async () => {
    const tenant = aTenantId();
    const volunteer = anOperator(tenant, 'u-volunteer', ['volunteer']);
    const { sanctionIds } = await apply().execute(volunteer, warning({ kind: 'mute', durationMinutes: 30 }));
    expect(await queries().sanction(tenant, sanctionIds[0]!)).toMatchObject({ kind: 'mute', appliedById: 'u-volunteer' });
    await expect(apply().execute(volunteer, warning())).rejects.toMatchObject({ code: 'SANCTION_NOT_PERMITTED', category: 'FORBIDDEN' });
    await expect(apply().execute(volunteer, warning({ kind: 'ban', communityId: undefined }))).rejects.toMatchObject({ code: 'SANCTION_NOT_PERMITTED' });
  });

  it('should end a mute by itself once its time is up, and not before', async () => {
    const tenant = aTenantId();
    const { sanctionIds } = await apply().execute(anOperator(tenant, 'u-mod'), warning({ kind: 'mute', durationMinutes: 60 }));

    passTime(59 * 60 * 1000);
    expect(await expireDueMutes().execute()).toBe(0);
    expect((await queries().sanction(tenant, sanctionIds[0]!))?.status).toBe('active');

    passTime(2 * 60 * 1000);
    expect(await expireDueMutes().execute()).toBe(1);
    expect(await expireDueMutes().execute()).toBe(0);
    expect((await queries().sanction(tenant, sanctionIds[0]!))?.status).toBe('expired');
    // Over, so the member can be muted again.
    await expect(apply().execute(anOperator(tenant, 'u-mod'), warning({ kind: 'mute', durationMinutes: 60 }))).resolves.toMatchObject({ sanctionIds: [expect.any(String)] });
  });

  it('should lift a sanction with its reason, once', async () => {
    const tenant = aTenantId();
    const { sanctionIds } = await apply().execute(anOperator(tenant, 'u-mod'), warning({ kind: 'ban', communityId: undefined }));
    await expect(apply().execute(anOperator(tenant, 'u-mod'), warning())).rejects.toMatchObject({ code: 'MEMBER_BANNED', category: 'CONFLICT' });

    await lift().execute(anOperator(tenant, 'u-manager', ['community_manager']), sanctionIds[0]!, '误封');

    expect(await queries().sanction(tenant, sanctionIds[0]!)).toMatchObject({ status: 'lifted', liftedBy: 'u-manager', liftReason: '误封' });
    await expect(lift().execute(anOperator(tenant, 'u-manager'), sanctionIds[0]!, '再次')).rejects.toMatchObject({ code: 'SANCTION_ALREADY_LIFTED' });
    await expect(apply().execute(anOperator(tenant, 'u-mod'), warning())).resolves.toBeDefined();
  });

  it('should replay a retried sanction, and keep other tenants’ sanctions out of reach', async () => {
    const [tenant, other] = [aTenantId(), aTenantId()];
    const first = await apply().execute(anOperator(tenant, 'u-mod'), warning(), 'warn-1');
    const retried = await apply().execute(anOperator(tenant, 'u-mod'), warning(), 'warn-1');
    expect(retried).toEqual(first);
    expect((await queries().sanctions(tenant)).totalCount).toBe(1);
    await expect(lift().execute(anOperator(other, 'u-mod'), first.sanctionIds[0]!, 'x')).rejects.toMatchObject({ code: 'SANCTION_NOT_FOUND', category: 'NOT_FOUND' });
    expect((await queries().sanctions(other)).totalCount).toBe(0);
  });
});
