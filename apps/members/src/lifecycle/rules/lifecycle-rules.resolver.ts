import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, RequirePermissions } from '@groundswell/service-kit';
import { LifecycleRules, LifecycleRulesInput } from './lifecycle-rules.types';
import { LifecycleRulesUseCase } from './lifecycle-rules.use-case';

@Resolver(() => LifecycleRules)
export class LifecycleRulesResolver {
  constructor(private readonly rulesUseCase: LifecycleRulesUseCase) {}

  @Query(() => LifecycleRules, { description: 'The lifecycle rules that move members between stages in this tenant' })
  @RequirePermissions('members:read')
  lifecycleRules(@CurrentIdentity() identity: Identity): Promise<LifecycleRules> {
    return this.rulesUseCase.current(identity.tenant) as Promise<LifecycleRules>;
  }

  @Mutation(() => LifecycleRules, { description: 'Defines a new version of the tenant\'s lifecycle rules; repeating the rules in force changes nothing' })
  @RequirePermissions('members:manage')
  defineLifecycleRules(
    @CurrentIdentity() identity: Identity,
    @Args('rules', { type: () => LifecycleRulesInput }) rules: LifecycleRulesInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<LifecycleRules> {
    return this.rulesUseCase.define(identity, rules, idempotencyKey) as Promise<LifecycleRules>;
  }
}
