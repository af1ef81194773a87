import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, RequestError, RequirePermissions, canAccessCommunity, type Identity } from '@groundswell/service-kit';
import { RecordActivityUseCase, type ActivityItem } from '../record-activity.use-case';
import { RecordActivityInput, RecordActivityPayload } from './activity.types';

@Resolver()
export class ActivityResolver {
  constructor(private readonly recordActivity: RecordActivityUseCase) {}

  @Mutation(() => RecordActivityPayload, { description: 'Records member activity (posts, reactions, check-ins…); acknowledged once durable' })
  @RequirePermissions('members:manage')
  recordMemberActivity(
    @CurrentIdentity() identity: Identity,
    @Args('input') input: RecordActivityInput,
    @IdempotencyKeyArg() idempotencyKey?: string,
  ): Promise<RecordActivityPayload> {
    if (!canAccessCommunity(identity, input.communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope');
    return this.recordActivity.execute(identity, input.communityId, input.items as ActivityItem[], idempotencyKey);
  }
}
