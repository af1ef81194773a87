import { z } from 'zod';
import { ageBandSchema, genderSchema } from './demographics';

export const communityTypeSchema = z
  .enum(['interest', 'industry'])
  .describe('Interest-based community, or an industry / professional one');

/** build_up → deepening → expansion: the three-stage roadmap of a community. */
export const communityStageSchema = z
  .enum(['build_up', 'deepening', 'expansion'])
  .describe('Maturity stage of the community');

export const communityStatusSchema = z
  .enum(['active', 'dormant', 'archived'])
  .describe('Active, dormant (kept, not operated) or archived (read-only, final)');

export const targetAudienceSchema = z
  .object({
    ageBands: z.array(ageBandSchema).max(7).describe('Age bands aimed at'),
    genders: z.array(genderSchema).max(4).describe('Genders aimed at'),
    regions: z.array(z.string().min(1).max(50)).max(50).describe('Regions aimed at, e.g. `CN-31` or `Shanghai`'),
    occupations: z.array(z.string().min(1).max(50)).max(50).describe('Occupations aimed at'),
    description: z.string().max(1000).optional().describe('Who the community is for, in words'),
  })
  .describe('Who the community is for');

export const communityProfileChangesSchema = z
  .object({
    name: z.string().min(1).max(100).optional().describe('Display name'),
    avatarUrl: z.url().max(2000).nullable().optional().describe('Avatar image'),
    slogan: z.string().min(1).max(200).nullable().optional().describe('Slogan'),
    theme: z.string().min(1).max(100).nullable().optional().describe('Theme, e.g. `trail running`'),
    positioning: z.string().min(1).max(1000).nullable().optional().describe('Positioning and core value'),
    type: communityTypeSchema.optional(),
    targetAudience: targetAudienceSchema.nullable().optional(),
  })
  .describe('Changed profile fields only; `null` clears a field');

export const communityGoalSchema = z
  .object({
    goalId: z.uuid(),
    objective: z
      .enum(['awareness', 'loyalty', 'sales', 'feedback'])
      .describe('What the goal serves: brand awareness, member loyalty, sales, or product feedback'),
    kpi: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/)
      .max(100)
      .describe('Key of the KPI definition measured, e.g. `retention_rate_30d`'),
    target: z.number().min(0).describe('Target value of the KPI'),
    periodStart: z.iso.date().describe('First day of the goal period'),
    periodEnd: z.iso.date().describe('Last day of the goal period'),
  })
  .describe('An operating goal with its KPI target');

export type CommunityType = z.infer<typeof communityTypeSchema>;
export type CommunityStage = z.infer<typeof communityStageSchema>;
export type CommunityStatus = z.infer<typeof communityStatusSchema>;
export type TargetAudience = z.infer<typeof targetAudienceSchema>;
export type CommunityProfileChanges = z.infer<typeof communityProfileChangesSchema>;
export type CommunityGoal = z.infer<typeof communityGoalSchema>;
