import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { CrisisAlertCommands } from './crisis-alert-command';

export interface AddPostMortemNoteInput {
  alertId: string;
  note: string;
  lessons: string[];
}

/** The lessons-learned record of a resolved crisis (MOD-44). */
@Injectable()
export class AddPostMortemNoteUseCase {
  constructor(private readonly alerts: CrisisAlertCommands) {}

  execute(identity: Identity, input: AddPostMortemNoteInput, idempotencyKey?: string): Promise<void> {
    const { alertId, note, lessons } = input;
    return this.alerts.run(identity, alertId, (_, at) => ({ type: 'AddPostMortemNote', noteId: randomUUID(), note, lessons, by: identity.sub, at }), idempotencyKey);
  }
}
