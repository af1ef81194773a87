import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, mapConnection, PageArgs, RequestError, RequirePermissions } from '@groundswell/service-kit';
import type { MemberLifecycleStage, TagCategory, TagMode } from '@groundswell/events';
import { TagQueries, type TagRow } from '../tag-queries';
import { DefineTagUseCase } from '../use-cases/define-tag.use-case';
import { TagMemberUseCase } from '../use-cases/tag-member.use-case';
import { UntagMemberUseCase } from '../use-cases/untag-member.use-case';
import { DefineTagInput, MemberTag, Tag, TagConnection } from './tag.types';

/** The rule as the API shows it: its version and the stages of its criteria. */
export const toTag = (row: TagRow) => ({ ...row, rule: row.rule ? { version: row.rule.version, stages: row.rule.criteria.stages ?? [] } : null });

@Resolver(() => Tag)
export class TagResolver {
  constructor(
    private readonly queries: TagQueries,
    private readonly defineTagUseCase: DefineTagUseCase,
    private readonly tagMemberUseCase: TagMemberUseCase,
    private readonly untagMemberUseCase: UntagMemberUseCase,
  ) {}

  @Query(() => TagConnection, { description: 'The tenant\'s tags, by key' })
  @RequirePermissions('members:read')
  async tags(@CurrentIdentity() identity: Identity, @Args('includeRetired', { type: () => Boolean, nullable: true }) includeRetired: boolean | undefined, @Args() page: PageArgs) {
    return mapConnection(await this.queries.tagPage(identity.tenant, includeRetired ?? false, page.first, page.after), toTag);
  }

  @Mutation(() => Tag, { description: 'Adds a manual or rule-based tag; a rule-based tag is assigned by its rule as facts change' })
  @RequirePermissions('members:manage')
  async defineTag(@CurrentIdentity() identity: Identity, @Args('input') input: DefineTagInput, @IdempotencyKeyArg() idempotencyKey?: string) {
    const { mode, category, rule } = input;
    const tag = { ...input, mode: mode as TagMode, category: category as TagCategory | undefined, rule: rule ? { stages: rule.stages as MemberLifecycleStage[] } : undefined };
    await this.defineTagUseCase.execute(identity, tag, idempotencyKey);
    return this.readBack(identity, input.key);
  }

  @Mutation(() => [MemberTag], { description: 'Puts a tag on a member (a repeat changes nothing); returns their tags' })
  @RequirePermissions('members:manage')
  async tagMember(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('tagKey') tagKey: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ) {
    await this.tagMemberUseCase.execute(identity, memberId, tagKey, idempotencyKey);
    return this.memberTags(identity, memberId);
  }

  @Mutation(() => [MemberTag], { description: 'Takes a tag off a member; its rule will not put it back. Returns their tags' })
  @RequirePermissions('members:manage')
  async untagMember(
    @CurrentIdentity() identity: Identity,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('tagKey') tagKey: string,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ) {
    await this.untagMemberUseCase.execute(identity, memberId, tagKey, idempotencyKey);
    return this.memberTags(identity, memberId);
  }

  private async memberTags(identity: Identity, memberId: string) {
    return (await this.queries.memberTags(identity.tenant, memberId)).map((row) => ({ ...row, tag: toTag(row.tag) }));
  }

  private async readBack(identity: Identity, key: string) {
    const tag = await this.queries.tagByKey(identity.tenant, key);
    if (!tag) throw new RequestError('NOT_FOUND', 'No such tag', { key });
    return toTag(tag);
  }
}
