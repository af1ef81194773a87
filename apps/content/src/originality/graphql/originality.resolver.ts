import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { OriginalityQueries, type OriginalityRecord } from '../originality.queries';
import { validContentItemId } from '../originality.error';
import { ContentOriginality, OriginalityReport } from './originality.types';

const view = (record: OriginalityRecord): ContentOriginality => ({
  ...record,
  nearDuplicates: record.nearDuplicates.map(({ itemId, similarity }) => ({ contentItemId: itemId, similarity })),
});

@Resolver(() => ContentOriginality)
export class OriginalityResolver {
  constructor(private readonly queries: OriginalityQueries) {}

  @Query(() => ContentOriginality, { nullable: true, description: 'The latest originality check of a content item; null before its first' })
  @RequirePermissions('content:read')
  async contentOriginality(@CurrentIdentity() identity: Identity, @Args('contentItemId', { type: () => ID }) contentItemId: string) {
    const record = await this.queries.originality(identity.tenant, validContentItemId(contentItemId));
    return record && view(record);
  }

  @Query(() => OriginalityReport, { description: 'The originality rate of items first checked in [from, to)' })
  @RequirePermissions('analytics:read')
  originalityReport(@CurrentIdentity() identity: Identity, @Args('from', { nullable: true }) from?: Date, @Args('to', { nullable: true }) to?: Date) {
    return this.queries.rate(identity.tenant, from ?? null, to ?? null);
  }
}
