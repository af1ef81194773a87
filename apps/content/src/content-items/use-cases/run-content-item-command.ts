import type { EventStore } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { contentItemDecider } from '../content-item.decider';
import type { ContentItemCommand } from '../content-item.commands';
import { contentItemStream } from '../content-item.events';

export interface CommandContext {
  idempotencyKey?: string;
  correlationId?: string;
  causationId?: string;
}

const options = (tenantId: string, command: ContentItemCommand, context: CommandContext) => ({
  decider: contentItemDecider,
  stream: { tenantId, ...contentItemStream(command.contentItemId) },
  command,
  context,
});

/** Decides `command` on the item's stream in `tenantId`; another tenant's item is simply not found. */
export async function runContentItemCommand(store: EventStore, tenantId: string, command: ContentItemCommand, context: CommandContext = {}): Promise<void> {
  await store.handle(options(tenantId, command, context));
}

/** The same, inside the caller's transaction (a consumer recording what it handled). */
export async function runContentItemCommandIn(store: EventStore, client: PoolClient, tenantId: string, command: ContentItemCommand, context: CommandContext = {}): Promise<void> {
  await store.handleIn(client, options(tenantId, command, context));
}
