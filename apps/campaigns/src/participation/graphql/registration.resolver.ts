import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { CampaignMemberInput } from '../../campaigns/graphql/campaign-member.types';
import { ParticipationQueries } from '../participation.queries';
import { CancelRegistrationUseCase } from '../use-cases/cancel-registration.use-case';
import { OpenBallotUseCase } from '../use-cases/open-ballot.use-case';
import { OpenRegistrationUseCase } from '../use-cases/open-registration.use-case';
import { RegisterUseCase } from '../use-cases/register.use-case';
import { CampaignRegistration, CampaignRegistrationBook, CampaignRegistrationBookPayload, CampaignRegistrationConnection, CampaignRegistrationPayload, CampaignVoteTally, CampaignVoteTallyPayload, OpenCampaignBallotInput, OpenCampaignRegistrationInput, RegistrationStatusEnum } from './participation.types';

/** Offline-event registration with capacity and waitlist, and the ballot of vote campaigns. */
@Resolver(() => CampaignRegistration)
export class RegistrationResolver {
  constructor(
    private readonly queries: ParticipationQueries,
    private readonly openRegistrationUseCase: OpenRegistrationUseCase,
    private readonly registerUseCase: RegisterUseCase,
    private readonly cancelRegistrationUseCase: CancelRegistrationUseCase,
    private readonly openBallotUseCase: OpenBallotUseCase,
  ) {}

  @Query(() => CampaignRegistrationConnection, { description: 'A campaign\'s registrations, newest first, optionally of one status' })
  @RequirePermissions('campaigns:read')
  campaignRegistrations(
    @CurrentIdentity() identity: Identity,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args() page: PageArgs,
    @Args('status', { type: () => RegistrationStatusEnum, nullable: true }) status?: string | null,
  ) {
    return this.queries.registrations(identity.tenant, campaignId, status ?? null, page);
  }

  @Query(() => CampaignRegistrationBook, { nullable: true, description: 'Seats taken and people waiting; null until registration opens' })
  @RequirePermissions('campaigns:read')
  campaignRegistrationBook(@CurrentIdentity() identity: Identity, @Args('campaignId', { type: () => ID }) campaignId: string) {
    return this.queries.registrationBook(identity.tenant, campaignId);
  }

  @Query(() => CampaignVoteTally, { nullable: true, description: 'Votes per option; null until the ballot opens' })
  @RequirePermissions('campaigns:read-definitions')
  campaignVoteTally(@CurrentIdentity() identity: Identity, @Args('campaignId', { type: () => ID }) campaignId: string) {
    return this.queries.voteTally(identity.tenant, campaignId);
  }

  @Mutation(() => CampaignRegistrationBookPayload, { description: 'Opens registration of an offline event with its capacity' })
  @RequirePermissions('campaigns:manage')
  async openCampaignRegistration(@CurrentIdentity() identity: Identity, @Args('input') input: OpenCampaignRegistrationInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.openRegistrationUseCase.execute(identity, input, idempotencyKey);
    const registrationBook = await requireWritten(this.queries.registrationBook(identity.tenant, input.campaignId), 'registration book');
    return { registrationBook };
  }

  @Mutation(() => CampaignRegistrationPayload, { description: 'A seat while there are seats, else a place in line; never more seats than the capacity' })
  @RequirePermissions('campaigns:manage')
  async registerForCampaign(@CurrentIdentity() identity: Identity, @Args('input') input: CampaignMemberInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.registerUseCase.execute(identity, input, idempotencyKey);
    return this.readBack(identity, input);
  }

  @Mutation(() => CampaignRegistrationPayload, { description: 'Cancels the member\'s registration; a freed seat goes to whoever waited longest' })
  @RequirePermissions('campaigns:manage')
  async cancelCampaignRegistration(@CurrentIdentity() identity: Identity, @Args('input') input: CampaignMemberInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.cancelRegistrationUseCase.execute(identity, input, idempotencyKey);
    return this.readBack(identity, input);
  }

  @Mutation(() => CampaignVoteTallyPayload, { description: 'Sets the options of a vote campaign, once' })
  @RequirePermissions('campaigns:manage')
  async openCampaignBallot(@CurrentIdentity() identity: Identity, @Args('input') input: OpenCampaignBallotInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    await this.openBallotUseCase.execute(identity, input, idempotencyKey);
    const voteTally = await requireWritten(this.queries.voteTally(identity.tenant, input.campaignId), 'ballot');
    return { voteTally };
  }

  private async readBack(identity: Identity, input: CampaignMemberInput): Promise<CampaignRegistrationPayload> {
    const registration = await requireWritten(this.queries.registration(identity.tenant, input.campaignId, input.memberId), 'registration');
    return { registration };
  }
}
