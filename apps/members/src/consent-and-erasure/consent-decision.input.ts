import { Field, InputType } from '@nestjs/graphql';
import { ConsentPurposeEnum, ConsentSourceEnum } from '../shared/graphql-enums';

@InputType()
export class ConsentDecisionInput {
  @Field(() => ConsentPurposeEnum)
  purpose!: string;

  @Field()
  granted!: boolean;

  @Field(() => ConsentSourceEnum, { description: 'operator_on_behalf when an operator records it' })
  source!: string;

  @Field({ description: 'Version of the privacy policy the member was shown' })
  policyVersion!: string;

  @Field({ description: 'When the member decided' })
  decidedAt!: Date;
}
