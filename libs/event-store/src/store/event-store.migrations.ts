import { sqlMigration, type Migration } from '@groundswell/service-kit';

/** Channel the store notifies on commit, so the relay wakes without polling. */
export const EVENTS_CHANNEL = 'groundswell_events';

export const eventStoreMigrations: Migration[] = [
  sqlMigration(
    'event-store/0001-events',
    `
    CREATE TABLE streams (
      tenant_id   text        NOT NULL,
      stream_id   text        NOT NULL,
      stream_type text        NOT NULL,
      version     bigint      NOT NULL CHECK (version >= 0),
      updated_at  timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, stream_id)
    );

    -- The events table is also the outbox: the relay reads it in commit order (transaction_id, global_position).
    CREATE TABLE events (
      global_position bigserial   PRIMARY KEY,
      transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
      event_id        uuid        NOT NULL UNIQUE,
      tenant_id       text        NOT NULL,
      stream_id       text        NOT NULL,
      stream_type     text        NOT NULL,
      stream_version  bigint      NOT NULL CHECK (stream_version > 0),
      event_type      text        NOT NULL,
      data            jsonb       NOT NULL,
      occurred_at     timestamptz NOT NULL,
      recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
      correlation_id  uuid        NOT NULL,
      causation_id    uuid        NOT NULL,
      traceparent     text,
      UNIQUE (tenant_id, stream_id, stream_version)
    );
    CREATE INDEX events_commit_order ON events (transaction_id, global_position);

    CREATE TABLE idempotency_keys (
      tenant_id       text        NOT NULL,
      idempotency_key text        NOT NULL,
      command         text        NOT NULL,
      result          jsonb,
      created_at      timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, idempotency_key)
    );

    CREATE TABLE outbox_checkpoints (
      relay           text        PRIMARY KEY,
      transaction_id  xid8        NOT NULL,
      global_position bigint      NOT NULL,
      updated_at      timestamptz NOT NULL DEFAULT now()
    );
    `,
  ),
  sqlMigration(
    'event-store/0002-stream-last-transaction',
    `
    -- The transaction that last appended to the stream. An append from an older transaction (one that
    -- took its id before that writer but appends after it committed) is refused, so a stream's
    -- versions follow its transaction ids and the commit-order reader sees them in version order.
    ALTER TABLE streams ADD COLUMN last_transaction_id xid8 NOT NULL DEFAULT '0';
    `,
  ),
];
