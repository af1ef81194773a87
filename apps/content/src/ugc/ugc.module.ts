import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { KnownCommunities } from '../content-items/known-communities/known-communities';
import { UgcResolver } from './graphql/ugc.resolver';
import { UgcModerationConsumer } from './moderation/ugc-moderation.consumer';
import { ugcProjections } from './ugc.projection';
import { UgcQueries } from './ugc.queries';
import { AcceptAnswerUseCase } from './use-cases/accept-answer.use-case';
import { CurateContributionUseCase } from './use-cases/curate-contribution.use-case';
import { PostContributionUseCase } from './use-cases/post-contribution.use-case';
import { SetUgcSettingsUseCase } from './use-cases/set-ugc-settings.use-case';
import { VoteInPollUseCase } from './use-cases/vote-in-poll.use-case';

/** Member contributions (UGC): posting under the community's moderation mode, curation, Q&A, polls, rewards by event. */
@Module({
  providers: [
    eventStoreProvider(ugcProjections),
    UgcQueries,
    UgcResolver,
    PostContributionUseCase,
    CurateContributionUseCase,
    AcceptAnswerUseCase,
    VoteInPollUseCase,
    SetUgcSettingsUseCase,
    UgcModerationConsumer,
    KnownCommunities,
  ],
})
export class UgcModule {}
