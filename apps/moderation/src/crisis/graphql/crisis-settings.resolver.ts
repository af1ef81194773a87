import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { CrisisQueries } from '../crisis.queries';
import { DefineCrisisPlaybookUseCase } from '../use-cases/define-crisis-playbook.use-case';
import { SetCrisisThresholdsUseCase } from '../use-cases/set-crisis-thresholds.use-case';
import { SetEscalationListUseCase } from '../use-cases/set-escalation-list.use-case';
import { CrisisPlaybookConnection, CrisisPlaybookPayload, CrisisSettings, CrisisSettingsPayload, CrisisThresholds, DefineCrisisPlaybookInput, EscalationContact } from './crisis-settings.types';

@Resolver(() => CrisisSettings)
export class CrisisSettingsResolver {
  constructor(
    private readonly queries: CrisisQueries,
    private readonly setThresholdsUseCase: SetCrisisThresholdsUseCase,
    private readonly setEscalationListUseCase: SetEscalationListUseCase,
    private readonly definePlaybookUseCase: DefineCrisisPlaybookUseCase,
  ) {}

  @Query(() => CrisisSettings, { description: 'Your tenant\'s crisis thresholds and escalation list' })
  @RequirePermissions('moderation:review')
  crisisSettings(@CurrentIdentity() identity: Identity) {
    return this.queries.settings(identity.tenant);
  }

  @Query(() => CrisisPlaybookConnection, { description: 'Your tenant\'s crisis playbooks, by crisis type' })
  @RequirePermissions('moderation:review')
  crisisPlaybooks(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return this.queries.playbooks(identity.tenant, page.first, page.after);
  }

  @Mutation(() => CrisisSettingsPayload, { description: 'Sets new thresholds as the next version' })
  @RequirePermissions('moderation:manage-rules')
  async setCrisisThresholds(@CurrentIdentity() identity: Identity, @Args('input') input: CrisisThresholds, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.setThresholdsUseCase.execute(identity, input, idempotencyKey);
    return { settings: await this.queries.settings(identity.tenant) };
  }

  @Mutation(() => CrisisSettingsPayload, { description: 'Replaces the escalation list (MOD-46)' })
  @RequirePermissions('moderation:manage-rules')
  async setCrisisEscalationList(
    @CurrentIdentity() identity: Identity,
    @Args('contacts', { type: () => [EscalationContact] }) contacts: EscalationContact[],
    @IdempotencyKeyArg() idempotencyKey?: string,
  ) {
    await this.setEscalationListUseCase.execute(identity, contacts, idempotencyKey);
    return { settings: await this.queries.settings(identity.tenant) };
  }

  @Mutation(() => CrisisPlaybookPayload, { description: 'Defines a crisis type\'s playbook, replacing the previous version' })
  @RequirePermissions('moderation:manage-rules')
  async defineCrisisPlaybook(@CurrentIdentity() identity: Identity, @Args('input') input: DefineCrisisPlaybookInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.definePlaybookUseCase.execute(identity, input, idempotencyKey);
    const playbook = await requireWritten(this.queries.playbook(identity.tenant, input.crisisType), 'playbook');
    return { playbook };
  }
}
