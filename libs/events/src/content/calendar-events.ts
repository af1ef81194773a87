import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { contentItemIdSchema, contentTypeSchema } from './content-values';

// The content service's calendar and originality events, kept in its own event store
// (streams content-plan-<community> and content-originality-<item>).
const communityId = z.uuid().describe('The community (members service id)');
const subject = z.string().min(1).max(200).describe('Subject of who acted');
const percent = z.number().int().min(1).max(100);

const planSchema = {
  communityId,
  postsPerWeek: z.object({ min: z.number().int().min(0).max(200), max: z.number().int().min(1).max(200) }).describe('Steady cadence (CNT-32): flagged below min or above max'),
  typeMix: z.array(z.object({ type: contentTypeSchema, percent })).max(20).describe('Target share of each content type; the percents add up to 100 (CNT-30)'),
  staleAfterDays: z.number().int().min(1).max(90).describe('No publication for this many days flags the community stale (CNT-34)'),
  timeZone: z.string().min(1).max(64).describe('IANA time zone the plan\'s weeks and days are counted in'),
  regions: z.array(z.string().regex(/^[A-Z]{2}$/)).max(10).describe('Regions whose local holidays and customs join the calendar (CNT-36)'),
};

export const ContentPlanSetV1 = defineEvent({
  service: 'content',
  name: 'ContentPlanSet',
  version: 1,
  description: 'A community\'s content plan was set or replaced: weekly frequency targets, a type mix, a staleness limit.',
  schema: z.object({ ...planSchema, setBy: subject }),
});

export const ContentPlanRemovedV1 = defineEvent({
  service: 'content',
  name: 'ContentPlanRemoved',
  version: 1,
  description: 'A community no longer has a content plan; its cadence is not checked.',
  schema: z.object({ communityId, removedBy: subject }),
});

export const ContentOriginalityCheckedV1 = defineEvent({
  service: 'content',
  name: 'ContentOriginalityChecked',
  version: 1,
  description: 'A content item\'s text was compared with the tenant\'s other items (CNT-27); near-duplicates are listed with their estimated similarity.',
  schema: z.object({
    itemId: contentItemIdSchema,
    textHash: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the normalised text, to recognise an unchanged resubmission'),
    signature: z.array(z.number().int().min(0).max(0xffffffff)).length(128).describe('MinHash signature of the text\'s character 3-shingles'),
    nearDuplicates: z.array(z.object({ itemId: contentItemIdSchema, similarity: z.number().min(0).max(1) })).max(20),
    original: z.boolean().describe('True when no near-duplicate reached the threshold'),
    checkedBy: subject,
  }),
});

export const contentCalendarEvents = [ContentPlanSetV1, ContentPlanRemovedV1, ContentOriginalityCheckedV1] as const;
