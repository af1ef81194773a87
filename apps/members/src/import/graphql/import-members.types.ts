import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IdentityInput, UpdateMemberProfileInput } from '../../membership/graphql/member.types';
import { ConsentPurposeEnum, ConsentSourceEnum } from '../../shared/graphql-enums';
import { MAX_IMPORT_ROWS } from '../import-row';

export enum ImportOutcomeEnum {
  JOINED = 'JOINED',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(ImportOutcomeEnum, { name: 'ImportOutcome', description: 'What an import row did: joined, was a member already, or repeated an earlier row' });

@InputType()
export class ImportConsentInput {
  @Field(() => ConsentPurposeEnum)
  purpose!: string;

  @Field()
  granted!: boolean;

  @Field(() => ConsentSourceEnum, { nullable: true, description: 'Where the previous system captured it; default import' })
  source?: string;

  @Field({ description: 'Version of the privacy policy the member was shown' })
  policyVersion!: string;

  @Field({ description: 'When the member decided' })
  decidedAt!: Date;
}

@InputType({ description: 'One person joining one community, as the previous system exported it' })
export class ImportMemberRowInput {
  @Field(() => ID)
  communityId!: string;

  @Field(() => [IdentityInput], { description: 'Resolved against existing members and the other rows' })
  identities!: IdentityInput[];

  @Field({ description: 'How the member found the community, e.g. `qr-code`' })
  channel!: string;

  @Field(() => Date, { nullable: true, description: 'When the person joined (not in the future); default now' })
  joinedAt?: Date;

  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => IdentityInput, { nullable: true, description: 'An identity of whoever referred them: a member, or a person in this import' })
  referrer?: IdentityInput;

  @Field(() => UpdateMemberProfileInput, { nullable: true, description: 'Recorded when the import registers the person' })
  profile?: UpdateMemberProfileInput;

  @Field(() => [ImportConsentInput], { nullable: true })
  consents?: ImportConsentInput[];
}

@InputType()
export class ImportMembersInput {
  @Field({ description: 'Names this import: the same batch key again returns the first result and imports nothing' })
  batchKey!: string;

  @Field(() => [ImportMemberRowInput], { description: `1 to ${MAX_IMPORT_ROWS} rows` })
  rows!: ImportMemberRowInput[];
}

@ObjectType()
export class ImportedMemberRow {
  @Field(() => Int, { description: 'Row number, from 1' })
  row!: number;

  @Field(() => ID)
  memberId!: string;

  @Field()
  newMember!: boolean;

  @Field(() => ImportOutcomeEnum)
  outcome!: string;
}

@ObjectType()
export class ImportMembersPayload {
  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  newMembers!: number;

  @Field(() => Int, { description: 'People of the import who were members already' })
  existingMembers!: number;

  @Field(() => Int)
  joined!: number;

  @Field(() => Int)
  alreadyMembers!: number;

  @Field(() => Int, { description: 'Rows repeating an earlier row of the import (same person, same community)' })
  duplicates!: number;

  @Field(() => Int)
  identitiesLinked!: number;

  @Field(() => [ImportedMemberRow])
  members!: ImportedMemberRow[];
}
