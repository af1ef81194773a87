import { Module } from '@nestjs/common';
import { OutboxRelayModule } from '@groundswell/event-store';
import { RecordActivityUseCase } from './activity/record-activity.use-case';
import { ActivityWebhookBodyErrors } from './activity/webhook/activity-webhook-body-errors';
import { ActivityWebhookController } from './activity/webhook/activity-webhook.controller';
import { ActivityResolver } from './activity/graphql/activity.resolver';
import { CreateCommunityUseCase } from './communities/use-cases/create-community.use-case';
import { CommunityResolver } from './communities/graphql/community.resolver';
import { MemberResolver } from './membership/graphql/member.resolver';
import { EraseMemberUseCase } from './consent-and-erasure/erase-member.use-case';
import { JoinCommunityUseCase } from './membership/use-cases/join-community.use-case';
import { EvaluateLifecycleUseCase } from './lifecycle/evaluate-lifecycle.use-case';
import { LifecycleRulesResolver } from './lifecycle/rules/lifecycle-rules.resolver';
import { LifecycleRulesUseCase } from './lifecycle/rules/lifecycle-rules.use-case';
import { MergeMembersUseCase } from './merge/merge-members.use-case';
import { RecordConsentUseCase } from './consent-and-erasure/record-consent.use-case';
import { LeaveCommunityUseCase } from './membership/use-cases/leave-community.use-case';
import { UpdateMemberProfileUseCase } from './membership/use-cases/update-member-profile.use-case';
import { ModerationSanctionsModule } from './moderation-sanctions/moderation-sanctions.module';
import { ContentEngagementModule } from './content-engagement/content-engagement.module';
import { MemberImportModule } from './import/member-import.module';
import { PartnerFeedModule } from './partner-feed/partner-feed.module';
import { PointsModule } from './points/points.module';
import { AutomationModule } from './shared/scheduling/automation.module';
import { ChurnRiskModule } from './churn-risk/churn-risk.module';
import { SegmentsModule } from './segments/segments.module';
import { TagsModule } from './tags/tags.module';
import { MemberQueries } from './membership/member-queries';
import { MembersContextModule } from './shared/members-context';
import { ConsentAndErasureResolver } from './consent-and-erasure/consent-and-erasure.resolver';
import { EvaluateLifecycleResolver } from './lifecycle/evaluate-lifecycle.resolver';
import { MergeResolver } from './merge/merge.resolver';

@Module({
  imports: [MembersContextModule, OutboxRelayModule, PartnerFeedModule, PointsModule, TagsModule, SegmentsModule, AutomationModule, ChurnRiskModule, ModerationSanctionsModule, MemberImportModule, ContentEngagementModule],
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
    MergeResolver,
    ConsentAndErasureResolver,
    EvaluateLifecycleResolver,
  ],
})
export class MembersModule {}
