import { z } from 'zod';

/** What crossed its threshold (MOD-29): negative-opinion share, a watched topic's keywords, reports, violations. */
export const crisisIndicatorSchema = z
  .enum(['negative_share', 'keyword_surge', 'report_velocity', 'violation_spike'])
  .describe('The warning indicator that crossed its threshold');

/** The crisis taxonomy of MOD-31 plus the content-compliance dimension of MOD-32. */
export const crisisTypeSchema = z
  .enum(['negative_opinion', 'product_quality', 'brand_image', 'pr_incident', 'content_compliance'])
  .describe('Kind of crisis; chooses the playbook');

export const crisisSeveritySchema = z.enum(['medium', 'high', 'critical']).describe('How far past the threshold, as assessed');

/** Who is told when a crisis escalates across departments (MOD-46). */
export const escalationDepartmentSchema = z
  .enum(['pr', 'legal', 'customer_service', 'product', 'management'])
  .describe('Department notified');

export const escalationRecipientSchema = z.object({
  department: escalationDepartmentSchema,
  contact: z.string().min(1).max(200).describe('Operator id or address book entry of the person to notify'),
});

export type CrisisIndicator = z.infer<typeof crisisIndicatorSchema>;
export type CrisisType = z.infer<typeof crisisTypeSchema>;
export type CrisisSeverity = z.infer<typeof crisisSeveritySchema>;
export type EscalationDepartment = z.infer<typeof escalationDepartmentSchema>;
export type EscalationRecipient = z.infer<typeof escalationRecipientSchema>;

export const crisisAlertIdSchema = z.uuid().describe('The crisis alert');
export const crisisCommunityIdSchema = z.uuid().describe('The community where it was observed');
