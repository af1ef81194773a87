import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { ContentItemQueries } from './content-item.queries';
import { KnownCommunities } from './known-communities/known-communities';
import { KnownCommunitiesConsumer } from './known-communities/known-communities.consumer';
import { contentItemProjections } from './content-item.projection';
import { ContentItemResolver } from './graphql/content-item.resolver';
import { ContentStyleGuideResolver } from './graphql/content-style-guide.resolver';
import { ContentScheduler } from './schedule/content-scheduler';
import { TextScreenedConsumer } from './screening/text-screened.consumer';
import { styleGuideProjections } from './style-guide/style-guide.projection';
import { ConfirmContentPostUseCase } from './use-cases/confirm-content-post.use-case';
import { CreateContentItemUseCase } from './use-cases/create-content-item.use-case';
import { MoveContentItemUseCase } from './use-cases/move-content-item.use-case';
import { ReviewContentItemUseCase } from './use-cases/review-content-item.use-case';
import { ReviseContentItemUseCase } from './use-cases/revise-content-item.use-case';
import { SetContentVariantUseCase } from './use-cases/set-content-variant.use-case';
import { SetStyleGuideUseCase } from './use-cases/set-style-guide.use-case';
import { SubmitContentItemUseCase } from './use-cases/submit-content-item.use-case';
import { PostConfirmationController } from './webhook/post-confirmation.controller';

/** Content items (CNT-01…41, CNT-64): authoring, variants, review, screening by moderation, scheduling and publishing. */
@Module({
  controllers: [PostConfirmationController],
  providers: [
    eventStoreProvider({ ...contentItemProjections, ...styleGuideProjections }),
    ContentItemQueries,
    ContentItemResolver,
    ContentStyleGuideResolver,
    CreateContentItemUseCase,
    ReviseContentItemUseCase,
    SetContentVariantUseCase,
    SubmitContentItemUseCase,
    ReviewContentItemUseCase,
    MoveContentItemUseCase,
    ConfirmContentPostUseCase,
    SetStyleGuideUseCase,
    TextScreenedConsumer,
    KnownCommunities,
    KnownCommunitiesConsumer,
    ContentScheduler,
  ],
})
export class ContentItemsModule {}
