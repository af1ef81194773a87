import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

// Entities the members service owns: the content subgraph names them by id and never copies them.
@ObjectType({ description: 'A member (members service)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Member {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'A community (members service)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Community {
  @Field(() => ID)
  id!: string;
}
