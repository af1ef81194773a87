import { randomUUID } from 'node:crypto';
import { ContentItemCreatedV1, ContentPublishedV1, ContentReviewedV1, ContributionPostedV1, EngagementSignalRecordedV1, type DataOf, type EventEnvelope } from '@groundswell/events';
import { metadata, type When } from './event-metadata';

// Test data only: envelopes as the content service publishes them on gs.content.*.

type ContentType = DataOf<typeof ContentItemCreatedV1>['contentType'];
type SignalKind = DataOf<typeof EngagementSignalRecordedV1>['kind'];
type ContributionKind = DataOf<typeof ContributionPostedV1>['kind'];

const editor = 'user:content-editor-1';

export function aContentItemDrafted(when: When & { itemId: string; communityIds: string[]; contentType?: ContentType }): EventEnvelope {
  return ContentItemCreatedV1.create(
    {
      contentItemId: when.itemId,
      contentType: when.contentType ?? 'tips_tutorial',
      format: 'image_text',
      title: '秋季露营装备清单',
      body: '<p>帐篷、睡袋、炉头</p>',
      text: '帐篷、睡袋、炉头',
      media: [],
      topics: ['露营'],
      communityIds: when.communityIds,
      riskTier: 'ordinary',
      team: [{ role: 'copywriter', subject: editor }],
      createdBy: editor,
    },
    metadata(when, `content-item-${when.itemId}`),
  );
}

export function aContentPublished(when: When & { itemId: string; communityIds: string[]; contentType?: ContentType }): EventEnvelope {
  return ContentPublishedV1.create(
    {
      contentItemId: when.itemId,
      contentType: when.contentType ?? 'tips_tutorial',
      format: 'image_text',
      communityIds: when.communityIds,
      platforms: ['wechat'],
      fastTrack: false,
      publishedBy: 'system:content-clock',
      publishedAt: when.at,
    },
    metadata(when, `content-item-${when.itemId}`),
  );
}

export function aContentReviewed(when: When & { itemId: string; passed: boolean }): EventEnvelope {
  return ContentReviewedV1.create(
    {
      contentItemId: when.itemId,
      round: 1,
      phase: 'pre_publication',
      decision: when.passed ? 'approve' : 'reject',
      checklist: { quality: true, accuracy: true, compliance: true, brandFit: when.passed },
      reviewedBy: 'user:content-approver-1',
    },
    metadata(when, `content-item-${when.itemId}`),
  );
}

export function anEngagementSignal(when: When & { communityId: string; itemId: string; kind: SignalKind; memberId?: string; dwellMs?: number }): EventEnvelope {
  return EngagementSignalRecordedV1.create(
    {
      communityId: when.communityId,
      kind: when.kind,
      itemId: when.itemId,
      platform: 'wechat',
      ...(when.memberId ? { memberId: when.memberId } : {}),
      ...(when.dwellMs === undefined ? {} : { dwellMs: when.dwellMs }),
      clientEventId: randomUUID(),
    },
    metadata(when, `engagement-${when.communityId}-${when.at.slice(0, 10)}`),
  );
}

/** A member's contribution (an operator's seeded topic when `authorMemberId` is null). */
export function aContribution(when: When & { communityId: string; authorMemberId: string | null; kind?: ContributionKind }): EventEnvelope {
  const contributionId = randomUUID();
  return ContributionPostedV1.create(
    {
      contributionId,
      communityId: when.communityId,
      kind: when.kind ?? 'post',
      threadId: contributionId,
      ...(when.authorMemberId ? { authorMemberId: when.authorMemberId } : {}),
      body: '分享一下周末的徒步路线',
      visibility: 'visible',
      postedBy: when.authorMemberId ? `member:${when.authorMemberId}` : editor,
    },
    metadata(when, `contribution-${contributionId}`),
  );
}
