import { registerEnumType } from '@nestjs/graphql';
import { tagAssignmentSourceSchema, tagCategorySchema, tagModeSchema } from '@groundswell/events';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const TagModeEnum = enumOf(tagModeSchema.options);
export const TagCategoryEnum = enumOf(tagCategorySchema.options);
export const TagSourceEnum = enumOf(tagAssignmentSourceSchema.options);
export const TagChangeEnum = enumOf(['tagged', 'untagged'] as const);

registerEnumType(TagModeEnum, { name: 'TagMode', description: 'manual: operators assign it; rule: its rule does' });
registerEnumType(TagCategoryEnum, { name: 'TagCategory' });
registerEnumType(TagSourceEnum, { name: 'TagSource', description: 'Whether an operator or the tag\'s rule made the change' });
registerEnumType(TagChangeEnum, { name: 'TagChange' });
