import { Module } from '@nestjs/common';
import { OutboxRelayModule } from '@groundswell/event-store';
import { RecordActivityUseCase } from './activity/record-activity.use-case';
import { ActivityWebhookBodyErrors } from './activity/webhook/activity-webhook-body-errors';
import { ActivityWebhookController } from './activity/webhook/activity-webhook.controller';
import { ActivityResolver } from './graphql/activity.resolver';
import { CreateCommunityUseCase } from './communities/use-cases/create-community.use-case';
import { CommunityResolver } from './graphql/community.resolver';
import { MemberResolver } from './graphql/member.resolver';
import { EraseMemberUseCase } from './members/use-cases/erase-member.use-case';
import { JoinCommunityUseCase } from './members/use-cases/join-community.use-case';
import { EvaluateLifecycleUseCase } from './lifecycle/evaluate-lifecycle.use-case';
import { LifecycleRulesResolver } from './lifecycle/rules/lifecycle-rules.resolver';
import { LifecycleRulesUseCase } from './lifecycle/rules/lifecycle-rules.use-case';
import { MergeMembersUseCase } from './members/use-cases/merge-members.use-case';
import { RecordConsentUseCase } from './members/use-cases/record-consent.use-case';
import { LeaveCommunityUseCase } from './members/use-cases/leave-community.use-case';
import { UpdateMemberProfileUseCase } from './members/use-cases/update-member-profile.use-case';
import { PartnerFeedModule } from './partner/partner-feed.module';
import { PointsModule } from './points/points.module';
import { AutomationModule } from './scheduling/automation.module';
import { ChurnRiskModule } from './churn-risk/churn-risk.module';
import { SegmentsModule } from './segments/segments.module';
import { TagsModule } from './tags/tags.module';
import { MemberQueries } from './queries/member-queries';
import { MembersContextModule } from './shared/members-context';

@Module({
  imports: [MembersContextModule, OutboxRelayModule, PartnerFeedModule, PointsModule, TagsModule, SegmentsModule, AutomationModule, ChurnRiskModule],
  controllers: [ActivityWebhookController],
  providers: [
    MemberQueries,
    CreateCommunityUseCase,
    JoinCommunityUseCase,
    LeaveCommunityUseCase,
    EraseMemberUseCase,
    RecordConsentUseCase,
    UpdateMemberProfileUseCase,
    MergeMembersUseCase,
    EvaluateLifecycleUseCase,
    LifecycleRulesUseCase,
    LifecycleRulesResolver,
    RecordActivityUseCase,
    ActivityWebhookBodyErrors,
    CommunityResolver,
    ActivityResolver,
    MemberResolver,
  ],
})
export class MembersModule {}
