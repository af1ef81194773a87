import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';

@ObjectType({
  description: 'A partner platform\'s login to Kafka (SASL/SCRAM-SHA-512): it reads its tenant\'s partner topics and nothing else. Its password is shown once, when issued.',
})
export class PartnerCredential {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The partner it was issued to, e.g. "jd-shop"' })
  partner!: string;

  @Field({ description: 'The SASL user name to connect with' })
  username!: string;

  @Field({ description: 'Always SCRAM-SHA-512' })
  mechanism!: string;

  @Field({ description: 'It may read every topic whose name starts with this: the tenant\'s partner topics' })
  topicPrefix!: string;

  @Field({ description: 'Its consumer groups must start with this (shared by all of the partner\'s credentials)' })
  groupPrefix!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Subject of who issued it' })
  createdBy!: string;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokedBy!: string | null;
}

export const PartnerCredentialConnection = connectionOf(PartnerCredential, 'PartnerCredential');

@InputType()
export class IssuePartnerCredentialInput {
  @Field({ description: 'The partner, as a slug of 2–40 lowercase letters, digits and dashes, e.g. "jd-shop"' })
  partner!: string;
}

@ObjectType()
export class IssuePartnerCredentialPayload {
  @Field(() => PartnerCredential)
  partnerCredential!: PartnerCredential;

  @Field(() => String, { nullable: true, description: 'The SASL password, shown this once; null when a retry with the same idempotency key replays the issue' })
  password!: string | null;

  @Field(() => [String], { description: 'Where partners connect: the broker\'s SASL/SCRAM listener' })
  bootstrapServers!: string[];
}

export const RevokePartnerCredentialPayload = payloadOf('RevokePartnerCredentialPayload', 'partnerCredential', PartnerCredential);
export type RevokePartnerCredentialPayload = Payload<'partnerCredential', PartnerCredential>;
