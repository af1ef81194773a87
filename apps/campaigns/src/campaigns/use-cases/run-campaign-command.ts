import type { EventStore } from '@groundswell/event-store';
import { campaignDecider } from '../campaign.decider';
import type { CampaignCommand } from '../campaign.commands';
import { campaignStream } from '../campaign.events';

/** Decides `command` on the campaign's stream in `tenantId`; another tenant's campaign is simply not found. */
export async function runCampaignCommand(store: EventStore, tenantId: string, command: CampaignCommand, idempotencyKey?: string): Promise<void> {
  await store.handle({
    decider: campaignDecider,
    stream: { tenantId, ...campaignStream(command.campaignId) },
    command,
    context: { idempotencyKey },
  });
}
