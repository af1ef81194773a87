import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Member } from '../membership/graphql/member.types';
import type { MemberRow } from '../membership/member-queries';

@ObjectType()
export class MergePayload {
  @Field(() => ID, { description: 'Names the merge; unmergeMembers takes it' })
  mergeId!: string;

  @Field(() => Member)
  survivor!: MemberRow;

  @Field(() => Member)
  duplicate!: MemberRow;
}
