import { sqlMigration, type Migration } from '@groundswell/service-kit';

// Monitors read one community's recent observations; the index serves that window.
const observationsSql = `
  CREATE TABLE crisis_observations (
    tenant_id text NOT NULL,
    event_id uuid NOT NULL,
    community_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('message', 'report', 'violation')),
    observed_at timestamptz NOT NULL,
    negative boolean,
    topics text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (tenant_id, event_id)
  );
  CREATE INDEX crisis_observations_window ON crisis_observations (tenant_id, community_id, observed_at)`;

const alertsSql = `
  CREATE TABLE crisis_alerts (
    tenant_id text NOT NULL,
    alert_id text NOT NULL,
    community_id text NOT NULL,
    topic text,
    indicator text NOT NULL,
    value double precision NOT NULL,
    threshold double precision NOT NULL,
    severity text NOT NULL,
    crisis_type text NOT NULL,
    thresholds_version integer NOT NULL,
    status text NOT NULL,
    raised_at timestamptz NOT NULL,
    sla_minutes integer NOT NULL,
    response_due_at timestamptz NOT NULL,
    acknowledged_at timestamptz,
    acknowledged_by text,
    sla_breached_at timestamptz,
    first_response_at timestamptz,
    first_response_channel text,
    first_response_statement text,
    first_response_by text,
    response_within_sla boolean,
    resolved_at timestamptz,
    resolved_by text,
    outcome text,
    resolution_summary text,
    escalations jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (tenant_id, alert_id)
  );
  CREATE INDEX crisis_alerts_by_tenant_newest ON crisis_alerts (tenant_id, raised_at DESC, alert_id DESC);
  CREATE INDEX crisis_alerts_awaiting_response ON crisis_alerts (response_due_at) WHERE first_response_at IS NULL AND sla_breached_at IS NULL AND resolved_at IS NULL;

  CREATE TABLE crisis_post_mortem_notes (
    tenant_id text NOT NULL,
    alert_id text NOT NULL,
    note_id text NOT NULL,
    note text NOT NULL,
    lessons text[] NOT NULL,
    written_by text NOT NULL,
    written_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, alert_id, note_id)
  )`;

const settingsSql = `
  CREATE TABLE crisis_settings (
    tenant_id text PRIMARY KEY,
    thresholds_version integer NOT NULL DEFAULT 0,
    thresholds jsonb,
    escalation_list jsonb NOT NULL DEFAULT '[]',
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL
  );

  CREATE TABLE crisis_playbooks (
    tenant_id text NOT NULL,
    crisis_type text NOT NULL,
    version integer NOT NULL,
    title text NOT NULL,
    steps jsonb NOT NULL,
    roster jsonb NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_id, crisis_type)
  )`;

export const crisisMigrations: Migration[] = [
  sqlMigration('moderation/crisis-0001-observations', observationsSql),
  sqlMigration('moderation/crisis-0002-alerts', alertsSql),
  sqlMigration('moderation/crisis-0003-settings-and-playbooks', settingsSql),
];
