import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { ContentItemQueries } from '../content-item.queries';
import { SetStyleGuideUseCase } from '../use-cases/set-style-guide.use-case';
import { ContentStyleGuide, StyleRule } from './content-item.inputs';
import { styleRuleFrom } from './content-item.mapping';

@Resolver(() => ContentStyleGuide)
export class ContentStyleGuideResolver {
  constructor(
    private readonly queries: ContentItemQueries,
    private readonly setStyleGuideUseCase: SetStyleGuideUseCase,
  ) {}

  @Query(() => ContentStyleGuide, { description: 'Your tenant\'s tone rules' })
  @RequirePermissions('content:read')
  async contentStyleGuide(@CurrentIdentity() identity: Identity): Promise<ContentStyleGuide> {
    return { rules: await this.queries.styleRules(identity.tenant) };
  }

  @Mutation(() => ContentStyleGuide, { description: 'Replaces the tone rules; variants written afterwards are flagged by them' })
  @RequirePermissions('content:approve')
  async setContentStyleGuide(
    @CurrentIdentity() identity: Identity,
    @Args('rules', { type: () => [StyleRule] }) rules: StyleRule[],
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<ContentStyleGuide> {
    await this.setStyleGuideUseCase.execute(identity, rules.map(styleRuleFrom), idempotencyKey);
    return { rules: await this.queries.styleRules(identity.tenant) };
  }
}
