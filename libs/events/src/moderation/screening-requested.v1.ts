import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { moderationTargetSchema } from './moderation-target';

/** Longer than any chat message or post body the platforms allow. */
export const MAX_SCREENING_REQUEST_TEXT = 20_000;

export const ScreeningRequestedV1 = defineEvent({
  service: 'moderation',
  name: 'ScreeningRequested',
  version: 1,
  description:
    'Another service (content, UGC) asks moderation to screen a text before it goes out; the answer is a TextScreened with the same screeningId. Sent to the screening request topic; moderation reads it, any service may write it.',
  schema: z.object({
    screeningId: z.uuid().describe('Chosen by the asker; names the verdict, so a request sent twice is screened once'),
    target: moderationTargetSchema,
    text: z.string().min(1).max(MAX_SCREENING_REQUEST_TEXT).describe('The text to screen, as the author wrote it'),
    memberId: z.uuid().optional().describe('The author, when a member'),
    memberMessagesLastMinute: z.int().min(0).optional().describe('The author’s messages in the community in the last minute, this one included (flooding)'),
    requestedBy: z.string().min(1).max(100).describe('The asking service, e.g. content'),
  }),
});
