import { registerEnumType } from '@nestjs/graphql';
import { catalogueItemKindSchema, pointsSourceKindSchema } from '@groundswell/events';

// Mirror the event contracts' enums, so the API can never offer a value events can't carry.
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const PointsSourceKindEnum = enumOf(pointsSourceKindSchema.options);
export const CatalogueItemKindEnum = enumOf(catalogueItemKindSchema.options);

registerEnumType(PointsSourceKindEnum, { name: 'PointsSourceKind', description: 'What points were earned for' });
registerEnumType(CatalogueItemKindEnum, { name: 'CatalogueItemKind', description: 'What a member gets for their points' });
