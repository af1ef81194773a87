import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from './instant';

// On gs.members.segment-membership, one stream per member: what other services (campaign
// targeting) replicate instead of asking members who is in a segment.
const cause = z
  .enum(['member_changed', 'segment_created', 'segment_updated', 'segment_deleted', 'activity_window_elapsed'])
  .describe('What moved the member: a fact about them, or the segment or the passing of time');
const move = {
  memberId: z.uuid().describe('The member'),
  segmentId: z.uuid().describe('The segment'),
  cause,
  causeEventId: z.uuid().nullable().describe('The event that moved the member, when one did'),
  changedAt: instantSchema,
};

export const MemberEnteredSegmentV1 = defineEvent({
  service: 'members',
  name: 'MemberEnteredSegment',
  version: 1,
  description: 'A member now matches a segment.',
  schema: z.object(move),
});

export const MemberLeftSegmentV1 = defineEvent({
  service: 'members',
  name: 'MemberLeftSegment',
  version: 1,
  description: 'A member no longer matches a segment (or the segment was deleted).',
  schema: z.object(move),
});
