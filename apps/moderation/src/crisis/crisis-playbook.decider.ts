import { isDeepStrictEqual } from 'node:util';
import type { CrisisType } from '@groundswell/events';
import type { Decider } from '@groundswell/event-store';
import { CrisisError } from './crisis.error';
import { crisisPlaybookEventTypes, type CrisisPlaybookEvent, type PlaybookStep, type RosterMember } from './crisis-playbook.events';

export interface DefineCrisisPlaybook {
  type: 'DefineCrisisPlaybook';
  crisisType: CrisisType;
  title: string;
  steps: readonly PlaybookStep[];
  roster: readonly RosterMember[];
  by: string;
}

export type CrisisPlaybookState = { version: 0 } | { version: number; title: string; steps: PlaybookStep[]; roster: RosterMember[] };

export const MAX_PLAYBOOK_STEPS = 30;
export const MAX_ROSTER = 50;

function invalid(message: string, details?: Record<string, unknown>): never {
  throw new CrisisError('PLAYBOOK_INVALID', message, details);
}

function normaliseSteps(steps: readonly PlaybookStep[]): PlaybookStep[] {
  if (steps.length === 0 || steps.length > MAX_PLAYBOOK_STEPS) invalid(`A playbook has 1–${MAX_PLAYBOOK_STEPS} steps`);
  return steps.map(({ phase, title, withinMinutes }, index) => {
    const trimmed = title.trim();
    if (trimmed.length === 0 || trimmed.length > 200) invalid('Each step needs a title of 1–200 characters', { step: index + 1 });
    if (withinMinutes !== undefined && (!Number.isInteger(withinMinutes) || withinMinutes < 1 || withinMinutes > 10_080)) {
      invalid('A step’s time limit is 1–10080 minutes', { step: index + 1 });
    }
    return { phase, title: trimmed, ...(withinMinutes !== undefined ? { withinMinutes } : {}) };
  });
}

function normaliseRoster(roster: readonly RosterMember[]): RosterMember[] {
  const members = roster.map(({ operatorId, role }) => ({ operatorId: operatorId.trim(), role }));
  if (members.length > MAX_ROSTER || members.some(({ operatorId }) => operatorId.length === 0 || operatorId.length > 200)) invalid(`A roster has up to ${MAX_ROSTER} named operators`);
  if (new Set(members.map(({ operatorId }) => operatorId)).size !== members.length) invalid('Each operator appears once on the roster');
  if (!members.some(({ role }) => role === 'lead')) invalid('The roster needs a lead');
  return members;
}

function define(command: DefineCrisisPlaybook, state: CrisisPlaybookState): CrisisPlaybookEvent[] {
  const title = command.title.trim();
  if (title.length === 0 || title.length > 200) invalid('The title must be 1–200 characters');
  const playbook = { title, steps: normaliseSteps(command.steps), roster: normaliseRoster(command.roster) };
  if ('title' in state && isDeepStrictEqual(playbook, { title: state.title, steps: state.steps, roster: state.roster })) return [];
  return [{ type: crisisPlaybookEventTypes.defined, data: { crisisType: command.crisisType, version: state.version + 1, ...playbook, definedBy: command.by } }];
}

/** A tenant's contingency plan for one kind of crisis (MOD-37) with its team (MOD-38). */
export const crisisPlaybookDecider: Decider<DefineCrisisPlaybook, CrisisPlaybookEvent, CrisisPlaybookState> = {
  initialState: () => ({ version: 0 }),
  decide: define,
  evolve: (_state, { data: { version, title, steps, roster } }) => ({ version, title, steps, roster }),
};
