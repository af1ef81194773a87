import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { KnownParties } from '../../known-parties/known-parties';
import { watchedWordsDecider, type WatchedWordsCommand } from '../watched-words.decider';
import { watchedWordsStream } from '../watched-words.events';

type CommandWithoutAuthor = WatchedWordsCommand extends infer C ? (C extends WatchedWordsCommand ? Omit<C, 'by'> : never) : never;

function scopedCommunities(command: CommandWithoutAuthor): Array<string | undefined> {
  const inputs = command.type === 'AddWatchedWord' ? [command.input] : command.type === 'ImportWatchedWords' ? command.rows.map((row) => row.input) : [];
  return inputs.map((input) => input.communityId);
}

/** Every change to a tenant's list goes through its one stream, so the list version orders them all. */
@Injectable()
export class ChangeWatchedWordsUseCase {
  constructor(
    private readonly store: EventStore,
    private readonly parties: KnownParties,
  ) {}

  /** The entry the command names, or for an import undefined; a retry with the same key gets the first answer. */
  async execute(identity: Identity, command: CommandWithoutAuthor, idempotencyKey?: string): Promise<string | undefined> {
    await this.parties.require(identity.tenant, { communityIds: scopedCommunities(command) });
    const { result } = await this.store.handle({
      decider: watchedWordsDecider,
      stream: { tenantId: identity.tenant, ...watchedWordsStream(identity.tenant) },
      command: { ...command, by: identity.sub } as WatchedWordsCommand,
      context: { idempotencyKey },
      result: () => ({ entryId: 'entryId' in command ? command.entryId : undefined }),
    });
    return result.entryId;
  }
}
