import type { Decider } from '@groundswell/event-store';
import type { Actor } from '@groundswell/events';
import { AppealError } from './appeal.error';
import { appealEventTypes, type AppealEvent } from './appeal.events';

export const MAX_STATEMENT_LENGTH = 2000;
export const MAX_APPEAL_REASON_LENGTH = 1000;

export interface FileAppeal {
  type: 'FileAppeal';
  appealId: string;
  /** The sanction appealed, as the sanctions read model has it. */
  sanction: { sanctionId: string; memberId: string; status: 'active' | 'lifted' | 'expired'; appliedBy: Actor };
  statement: string;
  filedBy: Actor;
}

export interface DecideAppeal {
  type: 'DecideAppeal';
  outcome: 'upheld' | 'rejected';
  reason: string;
  reviewer: Actor;
}

export type AppealCommand = FileAppeal | DecideAppeal;

export type AppealState =
  | { status: 'none' }
  | { status: 'open' | 'decided'; appealId: string; sanctionId: string; memberId: string; sanctionedBy: Actor };

function trimmed(text: string, max: number, [required, tooLong]: ['STATEMENT_REQUIRED' | 'REASON_REQUIRED', 'STATEMENT_TOO_LONG' | 'REASON_TOO_LONG']): string {
  const value = text.trim();
  if (!value) throw new AppealError(required, 'This cannot be empty');
  if (value.length > max) throw new AppealError(tooLong, `At most ${max} characters`);
  return value;
}

function file(command: FileAppeal, state: AppealState): AppealEvent[] {
  const { sanction, filedBy } = command;
  if (state.status !== 'none') throw new AppealError('APPEAL_EXISTS', 'This sanction has been appealed already', { appealId: state.appealId });
  if (sanction.status === 'lifted') throw new AppealError('SANCTION_LIFTED', 'This sanction was lifted already');
  if (filedBy.kind === 'member' && filedBy.id !== sanction.memberId) throw new AppealError('NOT_OWN_SANCTION', 'A member can appeal only their own sanctions');
  const statement = trimmed(command.statement, MAX_STATEMENT_LENGTH, ['STATEMENT_REQUIRED', 'STATEMENT_TOO_LONG']);
  return [
    {
      type: appealEventTypes.filed,
      data: { appealId: command.appealId, sanctionId: sanction.sanctionId, memberId: sanction.memberId, statement, filedBy, sanctionedBy: sanction.appliedBy },
    },
  ];
}

const sameActor = (a: Actor, b: Actor) => a.kind === b.kind && a.id === b.id;

function decideAppeal(command: DecideAppeal, state: AppealState): AppealEvent[] {
  if (state.status === 'none') throw new AppealError('APPEAL_NOT_FOUND', 'No such appeal');
  if (state.status === 'decided') throw new AppealError('APPEAL_DECIDED', 'This appeal is decided already', { appealId: state.appealId });
  // A fair process (MOD-14): nobody reviews their own decision.
  if (sameActor(command.reviewer, state.sanctionedBy)) throw new AppealError('SAME_MODERATOR', 'Another moderator must review an appeal against your sanction');
  const reason = trimmed(command.reason, MAX_APPEAL_REASON_LENGTH, ['REASON_REQUIRED', 'REASON_TOO_LONG']);
  return [
    {
      type: appealEventTypes.decided,
      data: { appealId: state.appealId, sanctionId: state.sanctionId, memberId: state.memberId, outcome: command.outcome, reason, reviewer: command.reviewer },
    },
  ];
}

export const appealDecider: Decider<AppealCommand, AppealEvent, AppealState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => (command.type === 'FileAppeal' ? file(command, state) : decideAppeal(command, state)),
  evolve(state, event) {
    if (event.type === appealEventTypes.filed) {
      const { appealId, sanctionId, memberId, sanctionedBy } = event.data;
      return { status: 'open', appealId, sanctionId, memberId, sanctionedBy };
    }
    return state.status === 'none' ? state : { ...state, status: 'decided' };
  },
};
