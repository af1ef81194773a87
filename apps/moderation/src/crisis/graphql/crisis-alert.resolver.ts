import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { beijingTime, CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { CrisisError } from '../crisis.error';
import { CrisisQueries, type CrisisAlertRecord, type CrisisAlertStatus } from '../crisis.queries';
import { AcknowledgeCrisisAlertUseCase } from '../use-cases/acknowledge-crisis-alert.use-case';
import { AddPostMortemNoteUseCase } from '../use-cases/add-post-mortem-note.use-case';
import { EscalateCrisisAlertUseCase } from '../use-cases/escalate-crisis-alert.use-case';
import { RecordCrisisObservationsUseCase, type CrisisObservationInput as ObservationInput } from '../use-cases/record-crisis-observations.use-case';
import { RecordFirstResponseUseCase } from '../use-cases/record-first-response.use-case';
import { ResolveCrisisAlertUseCase } from '../use-cases/resolve-crisis-alert.use-case';
import { AcknowledgeCrisisAlertInput, AddCrisisPostMortemNoteInput, CrisisAlert, CrisisAlertConnection, CrisisAlertPayload, CrisisObservationInput, CrisisPostMortemNote, EscalateCrisisAlertInput, RecordCrisisFirstResponseInput, RecordCrisisObservationsPayload, ResolveCrisisAlertInput } from './crisis-alert.types';
import { CrisisAlertStatusEnum } from './crisis-enums';
import { CrisisPlaybook } from './crisis-settings.types';
import { ReferencesParties } from '../../known-parties/references-parties';

@Resolver(() => CrisisAlert)
export class CrisisAlertResolver {
  constructor(
    private readonly queries: CrisisQueries,
    private readonly recordObservations: RecordCrisisObservationsUseCase,
    private readonly acknowledgeUseCase: AcknowledgeCrisisAlertUseCase,
    private readonly firstResponseUseCase: RecordFirstResponseUseCase,
    private readonly escalateUseCase: EscalateCrisisAlertUseCase,
    private readonly resolveUseCase: ResolveCrisisAlertUseCase,
    private readonly postMortemUseCase: AddPostMortemNoteUseCase,
  ) {}

  @Query(() => CrisisAlertConnection, { description: 'Crisis alerts in your communities, newest first' })
  @RequirePermissions('moderation:review')
  crisisAlerts(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('status', { type: () => CrisisAlertStatusEnum, nullable: true }) status?: CrisisAlertStatus,
    @Args('communityId', { type: () => ID, nullable: true }) communityId?: string,
  ) {
    return this.queries.alerts(identity, { status, communityId }, page.first, page.after);
  }

  @Query(() => CrisisAlert, { nullable: true })
  @RequirePermissions('moderation:review')
  crisisAlert(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.alert(identity, id);
  }

  @ResolveField(() => String, { description: 'raisedAt in Beijing time, e.g. 2026-12-03 10:00 (北京时间)' })
  raisedAtBeijing(@Parent() alert: CrisisAlertRecord) {
    return beijingTime(alert.raisedAt);
  }

  @ResolveField(() => String, { description: 'responseDueAt in Beijing time' })
  responseDueAtBeijing(@Parent() alert: CrisisAlertRecord) {
    return beijingTime(alert.responseDueAt);
  }

  @ResolveField(() => String, { nullable: true, description: 'firstResponseAt in Beijing time' })
  firstResponseAtBeijing(@Parent() alert: CrisisAlertRecord) {
    return alert.firstResponseAt && beijingTime(alert.firstResponseAt);
  }

  @ResolveField(() => [CrisisPostMortemNote])
  postMortemNotes(@CurrentIdentity() identity: Identity, @Parent() alert: CrisisAlertRecord) {
    return this.queries.postMortemNotes(identity.tenant, alert.id);
  }

  @ResolveField(() => CrisisPlaybook, { nullable: true, description: 'The tenant\'s playbook for this kind of crisis, if it has one' })
  playbook(@CurrentIdentity() identity: Identity, @Parent() alert: CrisisAlertRecord) {
    return this.queries.playbook(identity.tenant, alert.crisisType);
  }

  @Mutation(() => RecordCrisisObservationsPayload, { description: 'Feeds the crisis monitors, e.g. from a social-listening tool' })
  @ReferencesParties(({ observations }) => ({ communityIds: (observations as Array<{ communityId: string }>).map((observation) => observation.communityId) }))
  @RequirePermissions('moderation:review')
  async recordCrisisObservations(
    @CurrentIdentity() identity: Identity,
    @Args('observations', { type: () => [CrisisObservationInput] }) observations: CrisisObservationInput[],
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<RecordCrisisObservationsPayload> {
    const { raisedAlertIds } = await this.recordObservations.execute(identity.tenant, observations.map(toObservation), { idempotencyKey });
    return { raisedAlerts: await Promise.all(raisedAlertIds.map((alertId) => this.readBack(identity, alertId))) };
  }

  @Mutation(() => CrisisAlertPayload, { description: 'The crisis team takes the alert on, and may reassess it' })
  @RequirePermissions('moderation:review')
  async acknowledgeCrisisAlert(@CurrentIdentity() identity: Identity, @Args('input') input: AcknowledgeCrisisAlertInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.acknowledgeUseCase.execute(identity, input, idempotencyKey);
    return { alert: await this.readBack(identity, input.alertId) };
  }

  @Mutation(() => CrisisAlertPayload, { description: 'Records the first official statement; stops the response SLA clock' })
  @RequirePermissions('moderation:review')
  async recordCrisisFirstResponse(@CurrentIdentity() identity: Identity, @Args('input') input: RecordCrisisFirstResponseInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.firstResponseUseCase.execute(identity, input, idempotencyKey);
    return { alert: await this.readBack(identity, input.alertId) };
  }

  @Mutation(() => CrisisAlertPayload, { description: 'Notifies the escalation contacts of the departments named' })
  @RequirePermissions('moderation:review')
  async escalateCrisisAlert(@CurrentIdentity() identity: Identity, @Args('input') input: EscalateCrisisAlertInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.escalateUseCase.execute(identity, input, idempotencyKey);
    return { alert: await this.readBack(identity, input.alertId) };
  }

  @Mutation(() => CrisisAlertPayload)
  @RequirePermissions('moderation:review')
  async resolveCrisisAlert(@CurrentIdentity() identity: Identity, @Args('input') input: ResolveCrisisAlertInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.resolveUseCase.execute(identity, input, idempotencyKey);
    return { alert: await this.readBack(identity, input.alertId) };
  }

  @Mutation(() => CrisisAlertPayload, { description: 'Adds a post-mortem note to a resolved alert' })
  @RequirePermissions('moderation:review')
  async addCrisisPostMortemNote(@CurrentIdentity() identity: Identity, @Args('input') input: AddCrisisPostMortemNoteInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.postMortemUseCase.execute(identity, input, idempotencyKey);
    return { alert: await this.readBack(identity, input.alertId) };
  }

  private async readBack(identity: Identity, alertId: string) {
    return requireWritten(this.queries.alert(identity, alertId), 'crisis alert');
  }
}

function toObservation({ kind, communityId, at, text }: CrisisObservationInput, index: number): ObservationInput {
  if (kind !== 'message') return { kind, communityId, at };
  if (text === undefined) throw new CrisisError('OBSERVATIONS_INVALID', `Observation ${index + 1} is a message without text`, { index });
  return { kind, communityId, at, text };
}
