import { Inject, Injectable } from '@nestjs/common';
import type { CrisisType, EscalationRecipient } from '@groundswell/events';
import { keysetPage, pageOfList, PG_POOL, type Connection, type Identity } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { CrisisAlertReading, ResponseChannel } from './crisis-alert.decider';
import type { EscalationContact } from './crisis-escalation';
import type { PlaybookStep, RosterMember } from './crisis-playbook.events';
import { defaultCrisisThresholds, type CrisisThresholds } from './monitoring/crisis-thresholds';

export type CrisisAlertStatus = 'raised' | 'acknowledged' | 'responded' | 'resolved';

export interface CrisisAlertRecord extends CrisisAlertReading {
  id: string;
  communityId: string;
  topic: string | null;
  status: CrisisAlertStatus;
  raisedAt: Date;
  slaMinutes: number;
  responseDueAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  slaBreachedAt: Date | null;
  firstResponseAt: Date | null;
  firstResponseChannel: ResponseChannel | null;
  firstResponseStatement: string | null;
  firstResponseBy: string | null;
  responseWithinSla: boolean | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  outcome: string | null;
  resolutionSummary: string | null;
  escalations: Array<{ reason: string; recipients: EscalationRecipient[]; note: string | null; escalatedAt: Date }>;
}

export interface PostMortemNoteRecord {
  id: string;
  note: string;
  lessons: string[];
  writtenBy: string;
  writtenAt: Date;
}

export interface CrisisSettingsRecord {
  thresholdsVersion: number;
  thresholds: CrisisThresholds;
  escalationList: EscalationContact[];
}

export interface CrisisPlaybookRecord {
  crisisType: CrisisType;
  version: number;
  title: string;
  steps: PlaybookStep[];
  roster: RosterMember[];
  updatedAt: Date;
  updatedBy: string;
}

export interface CrisisAlertFilter {
  status?: CrisisAlertStatus;
  communityId?: string;
}

const alertColumns = `alert_id AS id, community_id AS "communityId", topic, indicator, value, threshold, severity, crisis_type AS "crisisType",
  thresholds_version AS "thresholdsVersion", status, raised_at AS "raisedAt", sla_minutes AS "slaMinutes", response_due_at AS "responseDueAt",
  acknowledged_at AS "acknowledgedAt", acknowledged_by AS "acknowledgedBy", sla_breached_at AS "slaBreachedAt", first_response_at AS "firstResponseAt",
  first_response_channel AS "firstResponseChannel", first_response_statement AS "firstResponseStatement", first_response_by AS "firstResponseBy",
  response_within_sla AS "responseWithinSla", resolved_at AS "resolvedAt", resolved_by AS "resolvedBy", outcome, resolution_summary AS "resolutionSummary", escalations`;

type AlertRow = Omit<CrisisAlertRecord, 'escalations'> & { escalations: Array<Omit<CrisisAlertRecord['escalations'][number], 'escalatedAt'> & { escalatedAt: string }> };

// Escalations are kept as JSON, their instants as ISO strings.
const toAlert = (row: AlertRow): CrisisAlertRecord => ({ ...row, escalations: row.escalations.map((escalation) => ({ ...escalation, escalatedAt: new Date(escalation.escalatedAt) })) });

const playbookColumns = `crisis_type AS "crisisType", version, title, steps, roster, updated_at AS "updatedAt", updated_by AS "updatedBy"`;

@Injectable()
export class CrisisQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** One alert, if it is in the caller's tenant and communities. */
  async alert(identity: Identity, alertId: string): Promise<CrisisAlertRecord | null> {
    const { rows } = await this.pool.query<AlertRow>(
      `SELECT ${alertColumns} FROM crisis_alerts WHERE tenant_id = $1 AND alert_id = $2 AND ($3::text[] IS NULL OR community_id = ANY($3))`,
      [identity.tenant, alertId, identity.communities ?? null],
    );
    return rows[0] ? toAlert(rows[0]) : null;
  }

  /** The caller's alerts, newest first, within its communities. */
  alerts(identity: Identity, filter: CrisisAlertFilter, first?: number, after?: string): Promise<Connection<CrisisAlertRecord>> {
    const where = `tenant_id = $1 AND ($2::text[] IS NULL OR community_id = ANY($2)) AND ($3::text IS NULL OR status = $3) AND ($4::text IS NULL OR community_id = $4)`;
    const parameters = [identity.tenant, identity.communities ?? null, filter.status ?? null, filter.communityId ?? null];
    return keysetPage(this.pool, { from: 'crisis_alerts', columns: alertColumns, where, values: parameters, time: 'raised_at', key: 'alert_id', keyKind: 'uuid' }, { first, after }, toAlert);
  }

  async postMortemNotes(tenantId: string, alertId: string): Promise<PostMortemNoteRecord[]> {
    const { rows } = await this.pool.query<PostMortemNoteRecord>(
      `SELECT note_id AS id, note, lessons, written_by AS "writtenBy", written_at AS "writtenAt" FROM crisis_post_mortem_notes
       WHERE tenant_id = $1 AND alert_id = $2 ORDER BY written_at, note_id`,
      [tenantId, alertId],
    );
    return rows;
  }

  /** The tenant's thresholds and escalation list; the defaults (version 0) until it sets its own. */
  async settings(tenantId: string): Promise<CrisisSettingsRecord> {
    const { rows } = await this.pool.query<{ thresholdsVersion: number; thresholds: CrisisThresholds | null; escalationList: EscalationContact[] }>(
      `SELECT thresholds_version AS "thresholdsVersion", thresholds, escalation_list AS "escalationList" FROM crisis_settings WHERE tenant_id = $1`,
      [tenantId],
    );
    const row = rows[0];
    return { thresholdsVersion: row?.thresholdsVersion ?? 0, thresholds: row?.thresholds ?? defaultCrisisThresholds, escalationList: row?.escalationList ?? [] };
  }

  async playbook(tenantId: string, crisisType: CrisisType): Promise<CrisisPlaybookRecord | null> {
    const { rows } = await this.pool.query<CrisisPlaybookRecord>(`SELECT ${playbookColumns} FROM crisis_playbooks WHERE tenant_id = $1 AND crisis_type = $2`, [tenantId, crisisType]);
    return rows[0] ?? null;
  }

  /** One playbook per crisis type at most, so the list is short: paged in memory, by type. */
  async playbooks(tenantId: string, first?: number, after?: string): Promise<Connection<CrisisPlaybookRecord>> {
    const { rows } = await this.pool.query<CrisisPlaybookRecord>(`SELECT ${playbookColumns} FROM crisis_playbooks WHERE tenant_id = $1 ORDER BY crisis_type`, [tenantId]);
    return pageOfList(rows, (row) => row.crisisType, first, after);
  }
}
