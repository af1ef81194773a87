import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { ContentDraftQueries } from './content-draft.queries';
import { contentDraftProjections } from './content-drafts.projection';
import { ContentDraftResolver } from './graphql/content-draft.resolver';
import { CreateContentDraftUseCase } from './use-cases/create-content-draft.use-case';
import { RenameContentDraftUseCase } from './use-cases/rename-content-draft.use-case';

@Module({
  providers: [eventStoreProvider(contentDraftProjections), ContentDraftQueries, ContentDraftResolver, CreateContentDraftUseCase, RenameContentDraftUseCase],
})
export class ContentDraftsModule {}
