import { EventContractError } from '../errors/event-contract-error';

const dayMs = 86_400_000;

/** What partners are promised: every partner topic keeps its records at least this long. */
export const minimumPartnerRetentionDays = 30;

/**
 * `PARTNER_RETENTION_DAYS` (default 30, at least 30; -1 keeps records forever): how long partner
 * topics keep records, so a partner can replay from any point in that window.
 */
export function partnerRetentionDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PARTNER_RETENTION_DAYS;
  if (raw === undefined || raw === '') return minimumPartnerRetentionDays;
  const days = Number(raw);
  if (days === -1 || (Number.isInteger(days) && days >= minimumPartnerRetentionDays)) return days;
  throw new EventContractError('INVALID_PARTNER_RETENTION', `PARTNER_RETENTION_DAYS must be a whole number of days ≥ ${minimumPartnerRetentionDays}, or -1 for forever, not "${raw}"`);
}

/** The Kafka topic configuration of a partner topic: deleted by age only, never compacted or cut by size. */
export function partnerTopicConfig(retentionDays: number): Array<{ name: string; value: string }> {
  return [
    { name: 'cleanup.policy', value: 'delete' },
    { name: 'retention.ms', value: String(retentionDays === -1 ? -1 : retentionDays * dayMs) },
    { name: 'retention.bytes', value: '-1' },
  ];
}
