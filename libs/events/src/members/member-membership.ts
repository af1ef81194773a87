import { z } from 'zod';
import { instantSchema } from './instant';
import { MemberJoinedV2 } from './member-joined.v2';
import { memberLifecycleStageSchema } from './member-lifecycle-stage';
import { platformSchema } from './platform';

export const acquisitionSchema = MemberJoinedV2.schema.shape.acquisition;

export const membershipStatusSchema = z
  .enum(['active', 'left', 'removed', 'banned'])
  .describe('Whether the member is in the community, and if not, how they went');

export const churnRiskSchema = z
  .object({
    status: z.enum(['flagged', 'confirmed', 'dismissed']).describe('Flagged by a model; confirmed or dismissed by a person'),
    score: z.number().min(0).max(1).describe('Model score, 0 (safe) to 1 (certain churn)'),
    modelVersion: z.string().min(1).max(100).describe('Model that scored it'),
    flaggedAt: instantSchema,
  })
  .describe('The latest churn-risk flag');

export const lifecycleOverrideSchema = z
  .object({
    stage: memberLifecycleStageSchema,
    reason: z.string().min(1).max(500).describe('Why an operator set the stage by hand'),
    until: instantSchema.optional().describe('When automatic evaluation resumes; absent = until released'),
  })
  .describe('A stage pinned by an operator');

/** A membership as its holder keeps it; what a merge moves and an unmerge gives back. */
export const membershipSnapshotSchema = z
  .object({
    communityId: z.uuid(),
    platform: platformSchema,
    status: membershipStatusSchema,
    acquisition: acquisitionSchema,
    stage: memberLifecycleStageSchema,
    stageChangedAt: instantSchema.optional().describe('When the stage last changed, if it has'),
    override: lifecycleOverrideSchema.optional(),
    churnRisk: churnRiskSchema.optional(),
    mergedVia: z.array(z.uuid()).describe('Merges that moved this membership, oldest first'),
  })
  .describe('A membership of one community with its lifecycle');

export type Acquisition = z.infer<typeof acquisitionSchema>;
export type MembershipStatus = z.infer<typeof membershipStatusSchema>;
export type ChurnRisk = z.infer<typeof churnRiskSchema>;
export type LifecycleOverride = z.infer<typeof lifecycleOverrideSchema>;
export type MembershipSnapshot = z.infer<typeof membershipSnapshotSchema>;
