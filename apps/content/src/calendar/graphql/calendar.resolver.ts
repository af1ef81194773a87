import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, pageOfList, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { CalendarQueries } from '../calendar.queries';
import { isTimeZone } from '../content-plan.decider';
import { CalendarError, validCommunityId } from '../calendar.error';
import { chineseOccasions, validRange } from '../holidays/holiday-calendar';
import { daysOf } from '../holidays/occasion';
import { RemoveContentPlanUseCase } from '../use-cases/remove-content-plan.use-case';
import { SetContentPlanUseCase } from '../use-cases/set-content-plan.use-case';
import { CalendarDayConnection, ContentCadence, ContentCadenceConnection, ContentPlan, ContentPlanConnection, ContentPlanPayload, RemoveContentPlanInput, SetContentPlanInput } from './calendar.types';

@Resolver(() => ContentPlan)
export class CalendarResolver {
  constructor(
    private readonly queries: CalendarQueries,
    private readonly setContentPlanUseCase: SetContentPlanUseCase,
    private readonly removeContentPlanUseCase: RemoveContentPlanUseCase,
  ) {}

  @Query(() => ContentPlanConnection, { description: 'Content plans of your tenant\'s communities' })
  @RequirePermissions('content:read')
  async contentPlans(@CurrentIdentity() identity: Identity, @Args() page: PageArgs) {
    return pageOfList(await this.queries.plans(identity.tenant), (plan) => plan.communityId, page.first, page.after);
  }

  @Query(() => ContentPlan, { nullable: true })
  @RequirePermissions('content:read')
  contentPlan(@CurrentIdentity() identity: Identity, @Args('communityId', { type: () => ID }) communityId: string) {
    return this.queries.plan(identity.tenant, validCommunityId(communityId));
  }

  @Query(() => ContentCadence, { nullable: true, description: 'The community\'s cadence flags this week (at `at`, default now); null without a plan' })
  @RequirePermissions('content:read')
  contentCadence(@CurrentIdentity() identity: Identity, @Args('communityId', { type: () => ID }) communityId: string, @Args('at', { nullable: true }) at?: Date) {
    return this.queries.cadence(identity.tenant, validCommunityId(communityId), at ?? new Date());
  }

  @Query(() => ContentCadenceConnection, { description: 'Cadence of every community with a plan, flagged or not, by community id' })
  @RequirePermissions('content:read')
  async contentCadences(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('at', { nullable: true }) at?: Date) {
    return pageOfList(await this.queries.cadences(identity.tenant, at ?? new Date()), (cadence) => cadence.communityId, page.first, page.after);
  }

  @Query(() => CalendarDayConnection, { description: 'Days from `from` to `to` (YYYY-MM-DD, at most 366) with their occasions and scheduled or published items' })
  @RequirePermissions('content:read')
  async contentCalendar(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('communityId', { type: () => ID, nullable: true }) communityId?: string | null,
    @Args('regions', { type: () => [String], nullable: true, description: 'Regions whose customs to include; default the community plan\'s' }) regions?: string[] | null,
    @Args('timeZone', { type: () => String, nullable: true, description: 'Default the community plan\'s, else Asia/Shanghai' }) timeZone?: string | null,
  ) {
    const range = validRange({ from, to });
    const plan = communityId ? await this.queries.plan(identity.tenant, validCommunityId(communityId)) : null;
    const zone = timeZone ?? plan?.timeZone ?? 'Asia/Shanghai';
    if (!isTimeZone(zone)) throw new CalendarError('TIME_ZONE_INVALID', 'Not an IANA time zone', { timeZone: zone });
    const [occasions, items] = [chineseOccasions(range, regions ?? plan?.regions ?? []), await this.queries.items(identity.tenant, range, zone, communityId ?? null)];
    const days = daysOf(range).map((date) => ({ date, occasions: occasions.filter((occasion) => occasion.date === date), items: items.filter((item) => item.day === date) }));
    return pageOfList(days, (day) => day.date, page.first, page.after);
  }

  @Mutation(() => ContentPlanPayload, { description: 'Sets or replaces a community\'s content plan (CNT-30)' })
  @RequirePermissions('content:write')
  async setContentPlan(@CurrentIdentity() identity: Identity, @Args('input') input: SetContentPlanInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentPlanPayload> {
    const terms = { ...input, postsPerWeek: { ...input.postsPerWeek }, typeMix: input.typeMix.map(({ type, percent }) => ({ type, percent })) };
    await this.setContentPlanUseCase.execute(identity, terms, idempotencyKey);
    const contentPlan = await requireWritten(this.queries.plan(identity.tenant, input.communityId), 'content plan');
    return { contentPlan };
  }

  @Mutation(() => ContentPlanPayload)
  @RequirePermissions('content:write')
  async removeContentPlan(@CurrentIdentity() identity: Identity, @Args('input') input: RemoveContentPlanInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<ContentPlanPayload> {
    await this.removeContentPlanUseCase.execute(identity, validCommunityId(input.communityId), idempotencyKey);
    return { contentPlan: null };
  }
}
