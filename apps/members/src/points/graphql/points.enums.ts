import { registerEnumType } from '@nestjs/graphql';
import { graphqlEnum } from '@groundswell/service-kit';
import { catalogueItemKindSchema, pointsSourceKindSchema } from '@groundswell/events';

// Mirror the event contracts' enums, so the API can never offer a value events can't carry.

export const PointsSourceKindEnum = graphqlEnum(pointsSourceKindSchema.options);
export const CatalogueItemKindEnum = graphqlEnum(catalogueItemKindSchema.options);

registerEnumType(PointsSourceKindEnum, { name: 'PointsSourceKind', description: 'What points were earned for' });
registerEnumType(CatalogueItemKindEnum, { name: 'CatalogueItemKind', description: 'What a member gets for their points' });
