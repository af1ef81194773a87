import { Module } from '@nestjs/common';
import { MemberTagsResolver } from './graphql/member-tags.resolver';
import { TagResolver } from './graphql/tag.resolver';
import { TagRulesConsumer } from './rules/tag-rules.consumer';
import { TagQueries } from './tag-queries';
import { DefineTagUseCase } from './use-cases/define-tag.use-case';
import { TagMemberUseCase } from './use-cases/tag-member.use-case';
import { UntagMemberUseCase } from './use-cases/untag-member.use-case';

/** The tenant's tag vocabulary, members' tags with their history, and rule-based tagging. */
@Module({
  providers: [TagQueries, DefineTagUseCase, TagMemberUseCase, UntagMemberUseCase, TagResolver, MemberTagsResolver, TagRulesConsumer],
})
export class TagsModule {}
