import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, PageArgs, RequestError, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { ContentDraftQueries } from '../content-draft.queries';
import { CreateContentDraftUseCase } from '../use-cases/create-content-draft.use-case';
import { RenameContentDraftUseCase } from '../use-cases/rename-content-draft.use-case';
import { ContentDraft, ContentDraftConnection, ContentDraftPayload, CreateContentDraftInput, RenameContentDraftInput } from './content-draft.types';

@Resolver(() => ContentDraft)
export class ContentDraftResolver {
  constructor(
    private readonly queries: ContentDraftQueries,
    private readonly createContentDraftUseCase: CreateContentDraftUseCase,
    private readonly renameContentDraftUseCase: RenameContentDraftUseCase,
  ) {}

  @Query(() => ContentDraftConnection, { description: 'Your tenant\'s content drafts, newest first' })
  @RequirePermissions('content:read')
  contentDrafts(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return this.queries.contentDrafts(identity.tenant, page.first, page.after);
  }

  @Query(() => ContentDraft, { nullable: true })
  @RequirePermissions('content:read')
  contentDraft(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.contentDraft(identity.tenant, id);
  }

  @Mutation(() => ContentDraftPayload)
  @RequirePermissions('content:write')
  async createContentDraft(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: CreateContentDraftInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<ContentDraftPayload> {
    const contentDraftId = await this.createContentDraftUseCase.execute(identity, input, idempotencyKey);
    return { contentDraft: await this.readBack(identity, contentDraftId) };
  }

  @Mutation(() => ContentDraftPayload)
  @RequirePermissions('content:write')
  async renameContentDraft(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RenameContentDraftInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<ContentDraftPayload> {
    await this.renameContentDraftUseCase.execute(identity, input, idempotencyKey);
    return { contentDraft: await this.readBack(identity, input.id) };
  }

  private async readBack(identity: Identity, contentDraftId: string) {
    const contentDraft = await this.queries.contentDraft(identity.tenant, contentDraftId);
    if (!contentDraft) throw new RequestError('INTERNAL', 'The content draft was written but cannot be read back');
    return contentDraft;
  }
}
