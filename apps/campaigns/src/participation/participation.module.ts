import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { CouponQueries } from '../coupons/coupon.queries';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { MemberParticipationsResolver } from './graphql/member-participations.resolver';
import { ParticipationResolver } from './graphql/participation.resolver';
import { RegistrationResolver } from './graphql/registration.resolver';
import { participationProjections } from './participation.projection';
import { ParticipationQueries } from './participation.queries';
import { CancelRegistrationUseCase } from './use-cases/cancel-registration.use-case';
import { CastVoteUseCase } from './use-cases/cast-vote.use-case';
import { CheckInUseCase } from './use-cases/check-in.use-case';
import { JoinCampaignUseCase } from './use-cases/join-campaign.use-case';
import { OpenBallotUseCase } from './use-cases/open-ballot.use-case';
import { OpenRegistrationUseCase } from './use-cases/open-registration.use-case';
import { RegisterUseCase } from './use-cases/register.use-case';

/** Joining, offline-event registration with a waitlist, check-in streaks and votes (issue 14, item 3). */
@Module({
  imports: [EligibilityModule],
  providers: [
    eventStoreProvider(participationProjections),
    ParticipationQueries,
    CouponQueries,
    ParticipationResolver,
    RegistrationResolver,
    MemberParticipationsResolver,
    JoinCampaignUseCase,
    CheckInUseCase,
    CastVoteUseCase,
    OpenRegistrationUseCase,
    RegisterUseCase,
    CancelRegistrationUseCase,
    OpenBallotUseCase,
  ],
})
export class ParticipationModule {}
