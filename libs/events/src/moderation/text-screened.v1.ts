import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from '../members/instant';
import { moderationTargetSchema } from './moderation-target';

export const screeningVerdictSchema = z
  .enum(['pass', 'censored', 'needs_review', 'blocked'])
  .describe('pass: publish as written; censored: publish censoredText; needs_review: hold for a moderator (caseId); blocked: do not publish');

export const TextScreenedV1 = defineEvent({
  service: 'moderation',
  name: 'TextScreened',
  version: 1,
  description:
    'Moderation screened a text against the tenant’s watched words and risk classifier. Carries no text but the censored version, and only for a censored verdict.',
  schema: z.object({
    screeningId: z.uuid().describe('The screening (the request’s id)'),
    target: moderationTargetSchema,
    memberId: z.uuid().optional().describe('The author, when a member'),
    verdict: screeningVerdictSchema,
    censoredText: z.string().min(1).max(20_000).optional().describe('What may be published instead, for a censored verdict'),
    matches: z
      .array(
        z.object({
          entryId: z.string().min(1).max(200).describe('The watched-word entry'),
          action: z.enum(['block', 'censor', 'require_approval', 'flag', 'replace', 'tag', 'silence']),
          category: z.enum(['ads', 'abuse', 'politics', 'fraud', 'custom']),
          severity: z.enum(['low', 'medium', 'high', 'critical']),
          start: z.int().min(0).describe('UTF-16 offset in the original text'),
          end: z.int().min(0).describe('End offset, exclusive'),
        }),
      )
      .max(500)
      .describe('What matched, where'),
    listVersion: z.int().min(0).describe('The watched-word list version screened against'),
    riskScore: z.number().min(0).max(1).describe('The classifier’s score'),
    riskSignals: z.array(z.enum(['link', 'phone_number', 'wechat_id', 'qr_code_hint', 'repeated_characters', 'flooding'])).describe('The signals behind it'),
    flagged: z.boolean().describe('A flag entry matched: a case was opened, the verdict is unchanged'),
    tags: z.array(z.string().min(1).max(100)).describe('Tag keys of matched tag entries'),
    caseId: z.uuid().optional().describe('The review case a moderator decides in, when one was opened'),
    requestedBy: z.string().min(1).max(100).describe('The service that asked'),
    screenedAt: instantSchema.describe('When it was screened'),
  }),
});
