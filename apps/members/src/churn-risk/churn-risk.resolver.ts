import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { canAccessCommunity, CurrentIdentity, hasPermission, IdempotencyKeyArg, type Identity, RequestError, RequirePermissions } from '@groundswell/service-kit';
import { Member } from '../membership/graphql/member.types';
import { ChurnRiskQueries, type ChurnRiskRow } from './churn-risk-queries';
import { ChurnRisk } from './churn-risk.types';
import { ConfirmChurnRiskUseCase } from './confirm-churn-risk.use-case';

const view = (memberId: string, row: ChurnRiskRow): ChurnRisk => ({ ...row, memberId, confirmedBy: row.confirmed ? row.reviewedBy : null });

function requireCommunityScope(identity: Identity, communityId: string): void {
  if (!canAccessCommunity(identity, communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
}

/** Adds `Member.churnRisk(communityId)` and `confirmChurnRisk`. */
@Resolver(() => Member)
export class ChurnRiskResolver {
  constructor(
    private readonly queries: ChurnRiskQueries,
    private readonly confirmChurnRiskUseCase: ConfirmChurnRiskUseCase,
  ) {}

  @ResolveField(() => ChurnRisk, { nullable: true, description: 'Churn risk in one community; null before the first assessment' })
  @RequirePermissions('members:read')
  async churnRisk(@CurrentIdentity() identity: Identity, @Parent() member: { id: string }, @Args('communityId', { type: () => ID }) communityId: string) {
    requireCommunityScope(identity, communityId);
    const row = await this.queries.churnRisk(identity.tenant, member.id, communityId);
    return row ? view(member.id, row) : null;
  }

  @Mutation(() => ChurnRisk, { description: 'A person confirms (true) or dismisses (false) a member\'s current churn risk in a community' })
  @RequirePermissions('members:manage')
  async confirmChurnRisk(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('confirmed') confirmed: boolean,
    @Args('note', { nullable: true }) note?: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<ChurnRisk> {
    requireCommunityScope(identity, communityId);
    await this.confirmChurnRiskUseCase.execute(identity, { memberId, communityId, confirmed, note }, idempotencyKey);
    return view(memberId, (await this.queries.churnRisk(identity.tenant, memberId, communityId))!);
  }
}

/** The reviewer's note is free text about a person: personal data, readable only with members:read-personal. */
@Resolver(() => ChurnRisk)
export class ChurnRiskNoteResolver {
  constructor(private readonly queries: ChurnRiskQueries) {}

  @ResolveField(() => String, { nullable: true, description: 'The reviewer\'s note; needs members:read-personal; null once the member is erased' })
  note(@CurrentIdentity() identity: Identity, @Parent() risk: ChurnRisk): Promise<string | null> {
    if (!hasPermission(identity, 'members:read-personal')) throw new RequestError('FORBIDDEN', 'Reading personal data needs members:read-personal');
    return this.queries.revealNote(identity.tenant, risk.memberId, risk.sealedNote);
  }
}
