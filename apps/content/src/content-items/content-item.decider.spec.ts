import { deciderSpec } from '@groundswell/event-store/testing';
import { contentItemDecider } from './content-item.decider';
import { ContentItemError } from './content-item.error';
import { contentItemEventTypes as types } from './content-item.events';
import { anItemContent, approve, approved, approvedItem, author, command, created, inReview, itemId, now, published, reviewed, scheduled, screened, screeningIds, screeningRequested, submitted, variantSet, weiboVariant } from './content-item.fixtures';

const spec = deciderSpec(contentItemDecider);
const allPass = { quality: true, accuracy: true, compliance: true, brandFit: true };

describe('contentItemDecider', () => {
  describe('CreateContentItem', () => {
    it('should create a draft with its body sanitised and its plain text kept', () => {
      const events = contentItemDecider.decide(command('CreateContentItem', { content: anItemContent({ body: '<p onclick="x()">年夜饭<script>steal()</script></p>' }) }), { status: 'none' });
      expect(events).toEqual([expect.objectContaining({ type: types.created, data: expect.objectContaining({ body: '<p>年夜饭</p>', text: '年夜饭', createdBy: author }) })]);
    });

    it.each([
      ['an empty title', { title: '  ' }, 'TITLE_INVALID'],
      ['an asset without a licence (CNT-64)', { media: [{ assetId: 'a', kind: 'image' as const, url: 'https://x.cn/a.jpg', source: 'licensed' as const, licence: '' }] }, 'MEDIA_INVALID'],
      ['no target community', { communityIds: [] }, 'COMMUNITIES_INVALID'],
      ['a platform-native item without its hashtag', { format: 'platform_native' as const }, 'PLATFORM_NATIVE_INVALID'],
      ['too many topics', { topics: Array.from({ length: 21 }, (_, index) => `t${index}`) }, 'TOPICS_INVALID'],
      ['a promoted campaign that is no campaign id', { campaignId: 'spring-sale' }, 'CAMPAIGN_INVALID'],
    ])('should refuse %s', (_label, overrides, code) => {
      spec.given([]).when(command('CreateContentItem', { content: anItemContent(overrides) })).thenThrows(ContentItemError, code);
    });

    it('should keep the campaign the item promotes, and none when it promotes none (CMP-31)', () => {
      const campaignId = '0193a3c2-0000-7000-8000-0000000000ca';
      const [promoting] = contentItemDecider.decide(command('CreateContentItem', { content: anItemContent({ campaignId: ` ${campaignId.toUpperCase()} ` }) }), { status: 'none' });
      expect(promoting!.data).toMatchObject({ campaignId });
      const [plain] = contentItemDecider.decide(command('CreateContentItem', { content: anItemContent({ campaignId: '' }) }), { status: 'none' });
      expect(plain!.data).not.toHaveProperty('campaignId');
    });

    it('should refuse to create the same item twice', () => {
      spec.given([created()]).when(command('CreateContentItem', { content: anItemContent() })).thenThrows(ContentItemError, 'CONTENT_ITEM_EXISTS');
    });
  });

  describe('ReviseContentItem', () => {
    it('should revise a draft', () => {
      spec.given([created()]).when(command('ReviseContentItem', { content: anItemContent({ title: '年夜饭攻略（终稿）' }) })).then([
        expect.objectContaining({ type: types.revised, data: expect.objectContaining({ title: '年夜饭攻略（终稿）', revisedBy: author }) }),
      ] as never);
    });

    it('should refuse to revise an item in review, and an unknown item', () => {
      spec.given(inReview()).when(command('ReviseContentItem', { content: anItemContent() })).thenThrows(ContentItemError, 'CONTENT_STATUS_INVALID');
      spec.given([]).when(command('ReviseContentItem', { content: anItemContent() })).thenThrows(ContentItemError, 'CONTENT_ITEM_NOT_FOUND');
    });
  });

  describe('SetContentVariant', () => {
    it('should set a variant within the platform\'s limits, flagging the tenant\'s tone rules it breaks', () => {
      const styleRules = [{ ruleId: 'calm', kind: 'max_exclamation_marks' as const, max: 0, message: '不用感叹号' }];
      spec.given([created()]).when(command('SetContentVariant', { variant: weiboVariant, styleRules })).then([variantSet([{ ruleId: 'calm', message: '不用感叹号' }])]);
    });

    it('should refuse a variant over the platform\'s limits or with a hashtag in the wrong form', () => {
      spec.given([created()]).when(command('SetContentVariant', { variant: { ...weiboVariant, text: '长'.repeat(2_001) }, styleRules: [] })).thenThrows(ContentItemError, 'VARIANT_EXCEEDS_PLATFORM_LIMITS');
      spec.given([created()]).when(command('SetContentVariant', { variant: { ...weiboVariant, hashtags: ['#年夜饭'] }, styleRules: [] })).thenThrows(ContentItemError, 'VARIANT_EXCEEDS_PLATFORM_LIMITS');
    });

    it('should refuse a variant using media the item does not have', () => {
      spec.given([created()]).when(command('SetContentVariant', { variant: { ...weiboVariant, mediaAssetIds: ['other'] }, styleRules: [] })).thenThrows(ContentItemError, 'VARIANT_MEDIA_UNKNOWN');
    });
  });

  describe('SubmitContentItem', () => {
    it('should submit for review and ask moderation to screen every variant', () => {
      spec.given([created(), variantSet()]).when(command('SubmitContentItem', { screeningIds, now })).then([submitted(), screeningRequested()]);
    });

    it('should ask for two rounds for a brand-sensitive item', () => {
      spec.given([created('brand_sensitive'), variantSet()]).when(command('SubmitContentItem', { screeningIds, now })).then([submitted('brand_sensitive'), screeningRequested()]);
    });

    it('should resubmit a rejected item as a new submission', () => {
      spec.given([...inReview(), reviewed('u-approver', 1, 'reject')]).when(command('SubmitContentItem', { screeningIds, now })).then([submitted('ordinary', 2), screeningRequested()]);
    });

    it('should refuse an item without variants, and one in review already', () => {
      spec.given([created()]).when(command('SubmitContentItem', { screeningIds, now })).thenThrows(ContentItemError, 'NO_VARIANTS');
      spec.given(inReview()).when(command('SubmitContentItem', { screeningIds, now })).thenThrows(ContentItemError, 'CONTENT_STATUS_INVALID');
    });
  });

  describe('RecordContentScreening', () => {
    const verdict = (value: 'pass' | 'blocked' | 'needs_review', screeningId = screeningIds.weibo) => command('RecordContentScreening', { screeningId, verdict: value }, 'system:moderation');

    it('should record a verdict once and ignore it when heard again', () => {
      spec.given([created(), variantSet(), submitted(), screeningRequested()]).when(verdict('blocked')).then([screened('blocked')]);
      spec.given([...inReview()]).when(verdict('blocked')).then([]);
    });

    it('should ignore a verdict on a screening it did not ask for', () => {
      spec.given([created(), variantSet(), submitted()]).when(verdict('pass', '0193a3c2-0000-7000-8000-00000000dead')).then([]);
    });
  });

  describe('ReviewContentItem', () => {
    it('should approve an ordinary item in one round', () => {
      spec.given(inReview()).when(approve('u-approver')).then([reviewed('u-approver'), approved('u-approver')]);
    });

    it('should refuse self-approval, by the creator or the item\'s copywriter', () => {
      spec.given(inReview()).when(approve(author)).thenThrows(ContentItemError, 'SELF_APPROVAL');
      spec.given(inReview()).when(approve('u-copywriter')).thenThrows(ContentItemError, 'SELF_APPROVAL');
    });

    it('should need a second round by a different approver for a brand-sensitive item', () => {
      const firstRound = [...inReview('brand_sensitive'), reviewed('u-approver')];
      spec.given(inReview('brand_sensitive')).when(approve('u-approver')).then([reviewed('u-approver')]);
      spec.given(firstRound).when(approve('u-approver')).thenThrows(ContentItemError, 'SAME_APPROVER');
      spec.given(firstRound).when(approve('u-brand-lead')).then([reviewed('u-brand-lead', 2), approved('u-approver', 'u-brand-lead')]);
    });

    it('should refuse an approval while a brand-sensitive item misses its second round to be published', () => {
      spec.given([...inReview('brand_sensitive'), reviewed('u-approver')]).when(command('PublishContentItem', { now }, 'u-approver')).thenThrows(ContentItemError, 'NOT_APPROVED');
    });

    it('should refuse to approve while screening is pending, or after moderation blocked a variant', () => {
      spec.given([created(), variantSet(), submitted(), screeningRequested()]).when(approve('u-approver')).thenThrows(ContentItemError, 'SCREENING_PENDING');
      spec.given([created(), variantSet(), submitted(), screened('blocked')]).when(approve('u-approver')).thenThrows(ContentItemError, 'SCREENING_BLOCKED');
    });

    it('should add a moderation round for a needs_review verdict', () => {
      const flagged = [created(), variantSet(), submitted(), screened('needs_review')];
      spec.given(flagged).when(approve('u-approver')).then([reviewed('u-approver')]);
      spec.given([...flagged, reviewed('u-approver')]).when(approve('u-moderator')).then([reviewed('u-moderator', 2), approved('u-approver', 'u-moderator')]);
    });

    it('should refuse an approval with a failed axis, and a rejection without comments', () => {
      spec.given(inReview()).when(approve('u-approver', { ...allPass, compliance: false })).thenThrows(ContentItemError, 'CHECKLIST_INCOMPLETE');
      spec.given(inReview()).when(command('ReviewContentItem', { decision: 'reject', checklist: allPass, comment: ' ' }, 'u-approver')).thenThrows(ContentItemError, 'COMMENT_REQUIRED');
    });

    it('should reject with comments, back to the author', () => {
      spec.given(inReview()).when(command('ReviewContentItem', { decision: 'reject', checklist: allPass, comment: '标题太长' }, 'u-approver')).then([reviewed('u-approver', 1, 'reject')]);
      spec.given([...inReview(), reviewed('u-approver', 1, 'reject')]).when(command('ReviseContentItem', { content: anItemContent() })).then([expect.objectContaining({ type: types.revised })] as never);
    });

    it('should refuse a review of a draft', () => {
      spec.given([created()]).when(approve('u-approver')).thenThrows(ContentItemError, 'CONTENT_STATUS_INVALID');
    });
  });

  describe('ScheduleContentItem and UnscheduleContentItem', () => {
    const publishAt = new Date('2026-12-05T12:00:00.000Z');

    it('should schedule an approved item and take it off the schedule again', () => {
      spec.given(approvedItem()).when(command('ScheduleContentItem', { publishAt, now }, 'u-approver')).then([scheduled()]);
      spec.given([...approvedItem(), scheduled()]).when(command('UnscheduleContentItem', {}, 'u-approver')).then([{ type: types.unscheduled, data: { contentItemId: itemId, unscheduledBy: 'u-approver' } }]);
    });

    it('should refuse to schedule an unapproved item, or for a time gone by', () => {
      spec.given(inReview()).when(command('ScheduleContentItem', { publishAt, now })).thenThrows(ContentItemError, 'NOT_APPROVED');
      spec.given(approvedItem()).when(command('ScheduleContentItem', { publishAt: now, now })).thenThrows(ContentItemError, 'SCHEDULE_IN_PAST');
    });

    it('should refuse to unschedule an item that is not scheduled', () => {
      spec.given(approvedItem()).when(command('UnscheduleContentItem', {})).thenThrows(ContentItemError, 'CONTENT_STATUS_INVALID');
    });
  });

  describe('PublishContentItem and PublishDueContentItem', () => {
    it('should publish an approved item with one connector record per variant', () => {
      spec.given(approvedItem()).when(command('PublishContentItem', { now }, 'u-approver')).then(published('u-approver'));
    });

    it('should refuse to publish an unapproved item, or one published already', () => {
      spec.given(inReview()).when(command('PublishContentItem', { now })).thenThrows(ContentItemError, 'NOT_APPROVED');
      spec.given([created()]).when(command('PublishContentItem', { now })).thenThrows(ContentItemError, 'NOT_APPROVED');
      spec.given([...approvedItem(), ...published('u-approver')]).when(command('PublishContentItem', { now })).thenThrows(ContentItemError, 'ALREADY_PUBLISHED');
    });

    it('should publish a scheduled item when its time has come, and not before', () => {
      const due = new Date('2026-12-05T12:00:00.000Z');
      spec.given([...approvedItem(), scheduled()]).when(command('PublishDueContentItem', { now: due }, 'system:content-clock')).then(published('system:content-clock', due));
      spec.given([...approvedItem(), scheduled()]).when(command('PublishDueContentItem', { now }, 'system:content-clock')).thenThrows(ContentItemError, 'CONTENT_NOT_DUE');
      spec.given([...approvedItem(), scheduled(), ...published('system:content-clock', due)]).when(command('PublishDueContentItem', { now: due })).thenThrows(ContentItemError, 'ALREADY_PUBLISHED');
    });
  });

  describe('FastTrackContentItem', () => {
    it('should publish at once for an incident, with a post-publication review still due', () => {
      const fastTracked = { type: types.fastTracked, data: { contentItemId: itemId, reason: '门店火情官方回应', fastTrackedBy: 'u-approver' } } as const;
      spec.given([created(), variantSet()]).when(command('FastTrackContentItem', { reason: ' 门店火情官方回应 ', now }, 'u-approver')).then([fastTracked, ...published('u-approver', now, true)]);
      const afterwards = [created(), variantSet(), fastTracked, ...published('u-approver', now, true)];
      spec.given(afterwards).when(approve('u-reviewer')).then([reviewed('u-reviewer', 1, 'approve', 'post_publication')]);
      spec.given([...afterwards, reviewed('u-reviewer', 1, 'approve', 'post_publication')]).when(approve('u-other')).thenThrows(ContentItemError, 'CONTENT_STATUS_INVALID');
    });

    it('should refuse without a reason, or without variants', () => {
      spec.given([created(), variantSet()]).when(command('FastTrackContentItem', { reason: '', now })).thenThrows(ContentItemError, 'REASON_INVALID');
      spec.given([created()]).when(command('FastTrackContentItem', { reason: '突发', now })).thenThrows(ContentItemError, 'NO_VARIANTS');
    });
  });

  describe('ConfirmContentPost', () => {
    const confirm = (platformPostId = 'weibo-4990001', platform: 'weibo' | 'wechat' = 'weibo') => command('ConfirmContentPost', { platform, platformPostId, url: 'https://weibo.com/1/4990001' }, 'api-key:connector');
    const live = () => [...approvedItem(), ...published('u-approver')];

    it('should record the platform\'s post id and URL once', () => {
      spec.given(live()).when(confirm()).then([{ type: types.postConfirmed, data: { contentItemId: itemId, platform: 'weibo', platformPostId: 'weibo-4990001', url: 'https://weibo.com/1/4990001', confirmedBy: 'api-key:connector' } }]);
      const confirmed = contentItemDecider.decide(confirm(), live().reduce(contentItemDecider.evolve, contentItemDecider.initialState()));
      spec.given([...live(), ...confirmed]).when(confirm()).then([]);
      spec.given([...live(), ...confirmed]).when(confirm('weibo-other')).thenThrows(ContentItemError, 'POST_ALREADY_CONFIRMED');
    });

    it('should refuse a platform without a variant, and an item not published', () => {
      spec.given(live()).when(confirm('x', 'wechat')).thenThrows(ContentItemError, 'PLATFORM_NOT_PUBLISHED');
      spec.given(approvedItem()).when(confirm()).thenThrows(ContentItemError, 'CONTENT_STATUS_INVALID');
    });
  });

  describe('ArchiveContentItem', () => {
    it('should archive once and refuse to publish it afterwards', () => {
      const archived = { type: types.archived, data: { contentItemId: itemId, archivedBy: author } } as const;
      spec.given(approvedItem()).when(command('ArchiveContentItem', {})).then([archived]);
      spec.given([...approvedItem(), archived]).when(command('ArchiveContentItem', {})).then([]);
      spec.given([...approvedItem(), archived]).when(command('PublishContentItem', { now })).thenThrows(ContentItemError, 'CONTENT_STATUS_INVALID');
    });
  });
});
