import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, RequirePermissions, type Identity } from '@groundswell/service-kit';
import { ConversionQueries } from '../conversion.queries';
import { CampaignConversions, CampaignConversionSourceTotals } from './conversion.types';

@Resolver(() => CampaignConversions)
export class CampaignConversionsResolver {
  constructor(private readonly queries: ConversionQueries) {}

  @ResolveField(() => [CampaignConversionSourceTotals], { description: 'The totals split by what earned the credits, under the same model' })
  @RequirePermissions('campaigns:read')
  bySource(@CurrentIdentity() identity: Identity, @Parent() parent: CampaignConversions): Promise<CampaignConversionSourceTotals[]> {
    return this.queries.campaignTotalsBySource(identity.tenant, parent.campaignId, parent.model);
  }
}
