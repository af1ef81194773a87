import type { Decider } from '@groundswell/event-store';
import { RuleSetError } from './rule-set.error';
import { ruleSetEventTypes, type RuleSetEvent } from './rule-set.events';

export interface CreateRuleSet {
  type: 'CreateRuleSet';
  ruleSetId: string;
  title: string;
  by: string;
}

export interface RenameRuleSet {
  type: 'RenameRuleSet';
  ruleSetId: string;
  title: string;
  by: string;
}

export interface ReviseRuleSet {
  type: 'ReviseRuleSet';
  ruleSetId: string;
  rules: readonly string[];
  by: string;
}

export interface PublishRuleSet {
  type: 'PublishRuleSet';
  ruleSetId: string;
  by: string;
}

export type RuleSetCommand = CreateRuleSet | RenameRuleSet | ReviseRuleSet | PublishRuleSet;

export type RuleSetState =
  | { status: 'none' }
  | { status: 'defined'; title: string; draftRules: readonly string[]; publishedVersion: number; publishedRules: readonly string[] };

export const MAX_TITLE_LENGTH = 200;
export const MAX_RULES = 50;
export const MAX_RULE_LENGTH = 500;

function validTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TITLE_LENGTH) {
    throw new RuleSetError('TITLE_INVALID', `The title must be 1–${MAX_TITLE_LENGTH} characters`, { length: trimmed.length });
  }
  return trimmed;
}

function validRules(rules: readonly string[]): string[] {
  const trimmed = rules.map((rule) => rule.trim());
  if (trimmed.length > MAX_RULES) throw new RuleSetError('RULES_INVALID', `A rule set has at most ${MAX_RULES} rules`, { count: trimmed.length });
  const invalid = trimmed.findIndex((rule) => rule.length === 0 || rule.length > MAX_RULE_LENGTH);
  if (invalid >= 0) throw new RuleSetError('RULES_INVALID', `Each rule must be 1–${MAX_RULE_LENGTH} characters`, { index: invalid });
  const repeated = trimmed.findIndex((rule, index) => trimmed.indexOf(rule) !== index);
  if (repeated >= 0) throw new RuleSetError('RULES_INVALID', 'A rule is listed twice', { index: repeated });
  return trimmed;
}

const sameRules = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((rule, index) => rule === b[index]);

function existing(state: RuleSetState, ruleSetId: string) {
  if (state.status === 'none') throw new RuleSetError('RULE_SET_NOT_FOUND', 'No such rule set', { ruleSetId });
  return state;
}

function create(command: CreateRuleSet, state: RuleSetState): RuleSetEvent[] {
  if (state.status !== 'none') throw new RuleSetError('RULE_SET_EXISTS', 'This rule set exists already', { ruleSetId: command.ruleSetId });
  return [{ type: ruleSetEventTypes.created, data: { ruleSetId: command.ruleSetId, title: validTitle(command.title), createdBy: command.by } }];
}

// Repeating a rename, revision or publication is what a retrying client does: nothing changes.
function rename(command: RenameRuleSet, state: RuleSetState): RuleSetEvent[] {
  const ruleSet = existing(state, command.ruleSetId);
  const title = validTitle(command.title);
  if (title === ruleSet.title) return [];
  return [{ type: ruleSetEventTypes.renamed, data: { ruleSetId: command.ruleSetId, title, renamedBy: command.by } }];
}

function revise(command: ReviseRuleSet, state: RuleSetState): RuleSetEvent[] {
  const ruleSet = existing(state, command.ruleSetId);
  const rules = validRules(command.rules);
  if (sameRules(rules, ruleSet.draftRules)) return [];
  return [{ type: ruleSetEventTypes.revised, data: { ruleSetId: command.ruleSetId, rules, revisedBy: command.by } }];
}

function publish(command: PublishRuleSet, state: RuleSetState): RuleSetEvent[] {
  const ruleSet = existing(state, command.ruleSetId);
  if (ruleSet.draftRules.length === 0) throw new RuleSetError('RULES_EMPTY', 'Write at least one rule before publishing', { ruleSetId: command.ruleSetId });
  if (ruleSet.publishedVersion > 0 && sameRules(ruleSet.draftRules, ruleSet.publishedRules)) return [];
  const data = { ruleSetId: command.ruleSetId, version: ruleSet.publishedVersion + 1, rules: [...ruleSet.draftRules], publishedBy: command.by };
  return [{ type: ruleSetEventTypes.published, data }];
}

function evolve(state: RuleSetState, event: RuleSetEvent): RuleSetState {
  if (event.type === ruleSetEventTypes.created) {
    return { status: 'defined', title: event.data.title, draftRules: [], publishedVersion: 0, publishedRules: [] };
  }
  const ruleSet = existing(state, event.data.ruleSetId);
  switch (event.type) {
    case ruleSetEventTypes.renamed:
      return { ...ruleSet, title: event.data.title };
    case ruleSetEventTypes.revised:
      return { ...ruleSet, draftRules: event.data.rules };
    case ruleSetEventTypes.published:
      return { ...ruleSet, publishedVersion: event.data.version, publishedRules: event.data.rules };
  }
}

export const ruleSetDecider: Decider<RuleSetCommand, RuleSetEvent, RuleSetState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => {
    switch (command.type) {
      case 'CreateRuleSet':
        return create(command, state);
      case 'RenameRuleSet':
        return rename(command, state);
      case 'ReviseRuleSet':
        return revise(command, state);
      case 'PublishRuleSet':
        return publish(command, state);
    }
  },
  evolve,
};
