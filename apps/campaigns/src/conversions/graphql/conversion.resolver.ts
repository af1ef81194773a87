import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, isoInstant, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { ConversionQueries } from '../conversion.queries';
import { RecordConversionUseCase } from '../use-cases/record-conversion.use-case';
import { RefundConversionUseCase } from '../use-cases/refund-conversion.use-case';
import type { AttributionModelName } from '../conversion.events';
import { AttributionModelEnum, CampaignConversions, Conversion, ConversionConnection, ConversionPayload, RecordConversionInput, RefundConversionInput } from './conversion.types';

@Resolver(() => Conversion)
export class ConversionResolver {
  constructor(
    private readonly queries: ConversionQueries,
    private readonly recordConversionUseCase: RecordConversionUseCase,
    private readonly refundConversionUseCase: RefundConversionUseCase,
  ) {}

  @Query(() => ConversionConnection, { description: 'Conversions, newest recorded first' })
  @RequirePermissions('campaigns:read')
  conversions(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return this.queries.conversions(identity.tenant, page.first, page.after);
  }

  @Query(() => CampaignConversions, { description: 'A campaign\'s attributed conversions and GMV, per currency, under a model (default last touch)' })
  @RequirePermissions('campaigns:read')
  async campaignConversions(
    @CurrentIdentity() identity: Identity,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('model', { type: () => AttributionModelEnum, nullable: true }) model?: AttributionModelName | null,
  ): Promise<CampaignConversions> {
    const chosen = model ?? 'last_touch';
    return { campaignId, model: chosen, totals: await this.queries.campaignTotals(identity.tenant, campaignId, chosen) };
  }

  @Mutation(() => ConversionPayload, { description: 'Records a conversion once per external order id and attributes it to campaigns' })
  @RequirePermissions('conversions:record')
  async recordConversion(@CurrentIdentity() identity: Identity, @Args('input') input: RecordConversionInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ConversionPayload> {
    const id = await this.recordConversionUseCase.execute(identity, { ...input, occurredAt: isoInstant(input.occurredAt, 'occurredAt') }, idempotencyKey);
    return this.readBack(identity, id);
  }

  @Mutation(() => ConversionPayload, { description: 'A refund or cancellation, as a compensating event; once per refund reference' })
  @RequirePermissions('conversions:record')
  async refundConversion(@CurrentIdentity() identity: Identity, @Args('input') input: RefundConversionInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ConversionPayload> {
    return this.readBack(identity, await this.refundConversionUseCase.execute(identity, input, idempotencyKey));
  }

  private async readBack(identity: Identity, id: string): Promise<ConversionPayload> {
    const conversion = await requireWritten(this.queries.conversion(identity.tenant, id), 'conversion');
    return { conversion };
  }
}
