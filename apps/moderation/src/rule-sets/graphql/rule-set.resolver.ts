import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { RuleSetQueries } from '../rule-set.queries';
import { CreateRuleSetUseCase } from '../use-cases/create-rule-set.use-case';
import { PublishRuleSetUseCase } from '../use-cases/publish-rule-set.use-case';
import { RenameRuleSetUseCase } from '../use-cases/rename-rule-set.use-case';
import { ReviseRuleSetUseCase } from '../use-cases/revise-rule-set.use-case';
import { CreateRuleSetInput, PublishRuleSetInput, RenameRuleSetInput, ReviseRuleSetInput, RuleSet, RuleSetConnection, RuleSetPayload } from './rule-set.types';

@Resolver(() => RuleSet)
export class RuleSetResolver {
  constructor(
    private readonly queries: RuleSetQueries,
    private readonly createRuleSetUseCase: CreateRuleSetUseCase,
    private readonly renameRuleSetUseCase: RenameRuleSetUseCase,
    private readonly reviseRuleSetUseCase: ReviseRuleSetUseCase,
    private readonly publishRuleSetUseCase: PublishRuleSetUseCase,
  ) {}

  @Query(() => RuleSetConnection, { description: 'Your tenant\'s rule sets, newest first' })
  @RequirePermissions('moderation:review')
  ruleSets(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return this.queries.ruleSets(identity.tenant, page.first, page.after);
  }

  @Query(() => RuleSet, { nullable: true })
  @RequirePermissions('moderation:review')
  ruleSet(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.ruleSet(identity.tenant, id);
  }

  @Mutation(() => RuleSetPayload)
  @RequirePermissions('moderation:manage-rules')
  async createRuleSet(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: CreateRuleSetInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<RuleSetPayload> {
    const ruleSetId = await this.createRuleSetUseCase.execute(identity, input, idempotencyKey);
    return { ruleSet: await this.readBack(identity, ruleSetId) };
  }

  @Mutation(() => RuleSetPayload)
  @RequirePermissions('moderation:manage-rules')
  async renameRuleSet(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RenameRuleSetInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<RuleSetPayload> {
    await this.renameRuleSetUseCase.execute(identity, input, idempotencyKey);
    return { ruleSet: await this.readBack(identity, input.id) };
  }

  @Mutation(() => RuleSetPayload, { description: 'Replaces the draft\'s rules; members are held to them once published' })
  @RequirePermissions('moderation:manage-rules')
  async reviseRuleSet(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: ReviseRuleSetInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<RuleSetPayload> {
    await this.reviseRuleSetUseCase.execute(identity, input, idempotencyKey);
    return { ruleSet: await this.readBack(identity, input.id) };
  }

  @Mutation(() => RuleSetPayload, { description: 'Publishes the draft as the next version' })
  @RequirePermissions('moderation:manage-rules')
  async publishRuleSet(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: PublishRuleSetInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<RuleSetPayload> {
    await this.publishRuleSetUseCase.execute(identity, input.id, idempotencyKey);
    return { ruleSet: await this.readBack(identity, input.id) };
  }

  private async readBack(identity: Identity, ruleSetId: string) {
    return requireWritten(this.queries.ruleSet(identity.tenant, ruleSetId), 'rule set');
  }
}
