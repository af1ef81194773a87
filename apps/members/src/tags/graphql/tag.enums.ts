import { registerEnumType } from '@nestjs/graphql';
import { graphqlEnum } from '@groundswell/service-kit';
import { tagAssignmentSourceSchema, tagCategorySchema, tagModeSchema } from '@groundswell/events';

export const TagModeEnum = graphqlEnum(tagModeSchema.options);
export const TagCategoryEnum = graphqlEnum(tagCategorySchema.options);
export const TagSourceEnum = graphqlEnum(tagAssignmentSourceSchema.options);
export const TagChangeEnum = graphqlEnum(['tagged', 'untagged'] as const);

registerEnumType(TagModeEnum, { name: 'TagMode', description: 'manual: operators assign it; rule: its rule does' });
registerEnumType(TagCategoryEnum, { name: 'TagCategory' });
registerEnumType(TagSourceEnum, { name: 'TagSource', description: 'Whether an operator or the tag\'s rule made the change' });
registerEnumType(TagChangeEnum, { name: 'TagChange' });
