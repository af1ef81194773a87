import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A partner history rebuilt from the event store into the partner\'s replay topic' })
export class PartnerBackfillPayload {
  @Field({ description: 'The Kafka topic holding it: gs.partner.<tenant>.replay.<partner>.members.v1, readable with the tenant\'s partner logins' })
  topic!: string;

  @Field(() => Int, { description: 'How many partner records were written' })
  records!: number;
}
