import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { Member } from '../../membership/graphql/member.types';
import { TagQueries } from '../tag-queries';
import { toTag } from './tag.resolver';
import { MemberTag, MemberTagChange } from './tag.types';

/** Adds `Member.tags` and `Member.tagHistory` from the tags folder; Nest merges resolvers of one type. */
@Resolver(() => Member)
export class MemberTagsResolver {
  constructor(private readonly queries: TagQueries) {}

  @ResolveField(() => [MemberTag], { description: 'The tags the member carries now' })
  @RequirePermissions('members:read')
  async tags(@CurrentIdentity() identity: Identity, @Parent() member: { id: string }) {
    return (await this.queries.memberTags(identity.tenant, member.id)).map((row) => ({ ...row, tag: toTag(row.tag) }));
  }

  @ResolveField(() => [MemberTagChange], { description: 'Every tag and untag of the member, oldest first' })
  @RequirePermissions('members:read')
  async tagHistory(@CurrentIdentity() identity: Identity, @Parent() member: { id: string }) {
    return (await this.queries.memberTagHistory(identity.tenant, member.id)).map((row) => ({ ...row, tag: toTag(row.tag) }));
  }
}
