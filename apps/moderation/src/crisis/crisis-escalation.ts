import type { CrisisSeverity, EscalationDepartment, EscalationRecipient } from '@groundswell/events';

/** Someone on the tenant's escalation list (MOD-46), told of alerts from `minimumSeverity` up. */
export interface EscalationContact extends EscalationRecipient {
  minimumSeverity: CrisisSeverity;
}

const severityRank: Record<CrisisSeverity, number> = { medium: 1, high: 2, critical: 3 };

export function atLeast(severity: CrisisSeverity, minimum: CrisisSeverity): boolean {
  return severityRank[severity] >= severityRank[minimum];
}

const recipient = ({ department, contact }: EscalationContact): EscalationRecipient => ({ department, contact });

/** Who hears of a new alert: the contacts whose minimum severity it reaches. */
export function recipientsForSeverity(list: readonly EscalationContact[], severity: CrisisSeverity): EscalationRecipient[] {
  return list.filter((contact) => atLeast(severity, contact.minimumSeverity)).map(recipient);
}

/** Who hears of a missed SLA or a manual escalation: everyone in the departments named (all, when none are). */
export function recipientsInDepartments(list: readonly EscalationContact[], departments?: readonly EscalationDepartment[]): EscalationRecipient[] {
  return list.filter((contact) => !departments || departments.includes(contact.department)).map(recipient);
}
