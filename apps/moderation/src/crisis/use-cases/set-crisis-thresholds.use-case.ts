import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { crisisSettingsDecider } from '../crisis-settings.decider';
import { crisisSettingsStream } from '../crisis-settings.events';
import type { CrisisThresholds } from '../monitoring/crisis-thresholds';

@Injectable()
export class SetCrisisThresholdsUseCase {
  constructor(private readonly store: EventStore) {}

  /** The version now in force. */
  async execute(identity: Identity, thresholds: CrisisThresholds, idempotencyKey?: string): Promise<number> {
    const { result } = await this.store.handle({
      decider: crisisSettingsDecider,
      stream: { tenantId: identity.tenant, ...crisisSettingsStream() },
      command: { type: 'SetCrisisThresholds', thresholds, by: identity.sub },
      context: { idempotencyKey },
      result: ({ state }) => state.thresholdsVersion,
    });
    return result;
  }
}
