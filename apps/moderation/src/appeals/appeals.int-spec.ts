import { readStream } from '@groundswell/event-store';
import { freshDatabase } from '@groundswell/test-kit';
import { caseworkWorld, communityId, memberId } from '../casework/testing/casework-world';
import { SanctionQueries } from '../sanctions/sanction.queries';
import { sanctionEventTypes } from '../sanctions/sanction.events';
import { ApplySanctionUseCase } from '../sanctions/use-cases/apply-sanction.use-case';
import { aTenantId, anOperator } from '../testing/identities';
import { AppealQueries } from './appeal.queries';
import { DecideAppealUseCase } from './use-cases/decide-appeal.use-case';
import { FileAppealUseCase } from './use-cases/file-appeal.use-case';

describe('appeals', () => {
  const world = freshDatabase('test', () => caseworkWorld('appeals'));
  const sanctions = () => new SanctionQueries(world.pool);
  const appeals = () => new AppealQueries(world.pool);
  const fileAppeal = () => new FileAppealUseCase(world.store, sanctions());
  const decideAppeal = () => new DecideAppealUseCase(world.store);

  const removeMember = async (tenant: string) => {
    const apply = new ApplySanctionUseCase(world.store, () => new Date());
    const { sanctionIds } = await apply.execute(anOperator(tenant, 'u-mod'), { memberId, kind: 'remove', communityId, ruleId: 'R1 禁止辱骂', reason: '辱骂其他成员' });
    return sanctionIds[0]!;
  };

  it('should lift the sanction when another moderator upholds the appeal', async () => {
    const tenant = aTenantId();
    const sanctionId = await removeMember(tenant);
    const appealId = await fileAppeal().execute(anOperator(tenant, 'u-support', ['volunteer']), { sanctionId, statement: '是对方先挑衅', appellantMemberId: memberId });

    await decideAppeal().execute(anOperator(tenant, 'u-senior', ['community_manager']), { appealId, outcome: 'upheld', reason: '聊天记录显示为误会' });

    expect(await appeals().appeal(tenant, appealId)).toMatchObject({ status: 'upheld', decidedBy: 'u-senior', sanctionedBy: 'u-mod', filedByKind: 'member' });
    expect(await sanctions().sanction(tenant, sanctionId)).toMatchObject({ status: 'lifted', liftedBy: 'u-senior', appealId });
    const lifted = (await readStream(world.pool, tenant, `member-sanctions-${memberId}`)).filter((event) => event.type === sanctionEventTypes.lifted);
    expect(lifted.map((event) => event.data)).toEqual([
      { sanctionId, memberId, kind: 'remove', communityId, reason: '聊天记录显示为误会', liftedBy: { kind: 'operator', id: 'u-senior' }, appealId },
    ]);
  });

  it('should refuse the moderator who sanctioned, and keep the sanction when the appeal is rejected', async () => {
    const tenant = aTenantId();
    const sanctionId = await removeMember(tenant);
    const appealId = await fileAppeal().execute(anOperator(tenant, 'u-support'), { sanctionId, statement: '我没有辱骂' });

    const ownDecision = decideAppeal().execute(anOperator(tenant, 'u-mod'), { appealId, outcome: 'upheld', reason: '自己复核' });
    await expect(ownDecision).rejects.toMatchObject({ code: 'SAME_MODERATOR', category: 'FORBIDDEN' });

    await decideAppeal().execute(anOperator(tenant, 'u-senior'), { appealId, outcome: 'rejected', reason: '证据充分' });
    expect(await appeals().appeal(tenant, appealId)).toMatchObject({ status: 'rejected', decisionReason: '证据充分' });
    expect((await sanctions().sanction(tenant, sanctionId))?.status).toBe('active');
    await expect(decideAppeal().execute(anOperator(tenant, 'u-other'), { appealId, outcome: 'upheld', reason: '改判' })).rejects.toMatchObject({ code: 'APPEAL_DECIDED' });
  });

  it('should take one appeal per sanction, and none for a sanction that does not exist', async () => {
    const tenant = aTenantId();
    const sanctionId = await removeMember(tenant);
    await fileAppeal().execute(anOperator(tenant, 'u-support'), { sanctionId, statement: '申诉' });
    await expect(fileAppeal().execute(anOperator(tenant, 'u-support'), { sanctionId, statement: '再次申诉' })).rejects.toMatchObject({ code: 'APPEAL_EXISTS', category: 'CONFLICT' });
    await expect(fileAppeal().execute(anOperator(aTenantId(), 'u-support'), { sanctionId, statement: '申诉' })).rejects.toMatchObject({ code: 'SANCTION_NOT_FOUND', category: 'NOT_FOUND' });
  });

  it('should replay a retried decision and list appeals by status', async () => {
    const tenant = aTenantId();
    const appealId = await fileAppeal().execute(anOperator(tenant, 'u-support'), { sanctionId: await removeMember(tenant), statement: '申诉' });
    expect((await appeals().appeals(tenant, 'open')).edges.map((edge) => edge.node.id)).toEqual([appealId]);
    await decideAppeal().execute(anOperator(tenant, 'u-senior'), { appealId, outcome: 'upheld', reason: '成立' }, 'decide-1');
    await decideAppeal().execute(anOperator(tenant, 'u-senior'), { appealId, outcome: 'upheld', reason: '成立' }, 'decide-1');
    expect((await appeals().appeals(tenant, 'open')).totalCount).toBe(0);
    expect((await appeals().appeals(tenant, 'upheld')).totalCount).toBe(1);
  });
});
