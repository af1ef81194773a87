import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { RuleSetQueries } from './rule-set.queries';
import { ruleSetProjections } from './rule-sets.projection';
import { RuleSetResolver } from './graphql/rule-set.resolver';
import { CreateRuleSetUseCase } from './use-cases/create-rule-set.use-case';
import { PublishRuleSetUseCase } from './use-cases/publish-rule-set.use-case';
import { RenameRuleSetUseCase } from './use-cases/rename-rule-set.use-case';
import { ReviseRuleSetUseCase } from './use-cases/revise-rule-set.use-case';

@Module({
  providers: [
    eventStoreProvider(ruleSetProjections),
    RuleSetQueries,
    RuleSetResolver,
    CreateRuleSetUseCase,
    RenameRuleSetUseCase,
    ReviseRuleSetUseCase,
    PublishRuleSetUseCase,
  ],
})
export class RuleSetsModule {}
