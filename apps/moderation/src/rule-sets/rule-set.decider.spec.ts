import { deciderSpec } from '@groundswell/event-store/testing';
import { MAX_RULES, ruleSetDecider, type CreateRuleSet, type RenameRuleSet } from './rule-set.decider';
import { RuleSetError } from './rule-set.error';
import { ruleSetEventTypes, type RuleSetEvent } from './rule-set.events';

const create = (overrides: Partial<CreateRuleSet> = {}): CreateRuleSet => ({
  type: 'CreateRuleSet',
  ruleSetId: 'd1',
  title: '社群公约',
  by: 'u-author',
  ...overrides,
});
const rename = (overrides: Partial<RenameRuleSet> = {}): RenameRuleSet => ({
  type: 'RenameRuleSet',
  ruleSetId: 'd1',
  title: '社群公约（修订）',
  by: 'u-author',
  ...overrides,
});

const created = (title = '社群公约'): RuleSetEvent => ({
  type: ruleSetEventTypes.created,
  data: { ruleSetId: 'd1', title, createdBy: 'u-author' },
});
const renamed = (title: string): RuleSetEvent => ({
  type: ruleSetEventTypes.renamed,
  data: { ruleSetId: 'd1', title, renamedBy: 'u-author' },
});

const revise = (rules: string[]) => ({ type: 'ReviseRuleSet', ruleSetId: 'd1', rules, by: 'u-author' }) as const;
const publish = { type: 'PublishRuleSet', ruleSetId: 'd1', by: 'u-author' } as const;
const revised = (rules: string[]): RuleSetEvent => ({ type: ruleSetEventTypes.revised, data: { ruleSetId: 'd1', rules, revisedBy: 'u-author' } });
const published = (version: number, rules: string[]): RuleSetEvent => ({
  type: ruleSetEventTypes.published,
  data: { ruleSetId: 'd1', version, rules, publishedBy: 'u-author' },
});

describe('ruleSetDecider', () => {
  const spec = deciderSpec(ruleSetDecider);

  describe('CreateRuleSet', () => {
    it('should create a rule set with its title trimmed', () => {
      spec.given([]).when(create({ title: '  社群公约 ' })).then([created()]);
    });

    it('should refuse an empty or overlong title', () => {
      spec.given([]).when(create({ title: '   ' })).thenThrows(RuleSetError, 'TITLE_INVALID');
      spec.given([]).when(create({ title: 'x'.repeat(201) })).thenThrows(RuleSetError, 'TITLE_INVALID');
    });

    it('should refuse to create the same rule set twice', () => {
      spec.given([created()]).when(create()).thenThrows(RuleSetError, 'RULE_SET_EXISTS');
    });
  });

  describe('RenameRuleSet', () => {
    it('should rename a rule set', () => {
      spec.given([created()]).when(rename()).then([renamed('社群公约（修订）')]);
    });

    it('should change nothing when the title is the current one', () => {
      spec.given([created(), renamed('社群公约（修订）')]).when(rename({ title: ' 社群公约（修订）' })).then([]);
    });

    it('should refuse an empty title', () => {
      spec.given([created()]).when(rename({ title: '' })).thenThrows(RuleSetError, 'TITLE_INVALID');
    });

    it('should answer NOT_FOUND for a rule set that was never created', () => {
      spec.given([]).when(rename()).thenThrows(RuleSetError, 'RULE_SET_NOT_FOUND');
    });
  });

  describe('ReviseRuleSet', () => {
    it('should replace the draft rules, trimmed, in the order given', () => {
      spec.given([created()]).when(revise([' 禁止广告 ', '不得人身攻击'])).then([revised(['禁止广告', '不得人身攻击'])]);
    });

    it('should change nothing when the draft already reads so', () => {
      spec.given([created(), revised(['禁止广告'])]).when(revise(['禁止广告'])).then([]);
    });

    it('should refuse an empty rule, a repeated rule and too many rules', () => {
      spec.given([created()]).when(revise(['禁止广告', ' '])).thenThrows(RuleSetError, 'RULES_INVALID');
      spec.given([created()]).when(revise(['禁止广告', '禁止广告'])).thenThrows(RuleSetError, 'RULES_INVALID');
      const tooMany = Array.from({ length: MAX_RULES + 1 }, (_, index) => `rule ${index}`);
      spec.given([created()]).when(revise(tooMany)).thenThrows(RuleSetError, 'RULES_INVALID');
    });

    it('should answer NOT_FOUND for a rule set that was never created', () => {
      spec.given([]).when(revise(['禁止广告'])).thenThrows(RuleSetError, 'RULE_SET_NOT_FOUND');
    });
  });

  describe('PublishRuleSet', () => {
    it('should publish the draft as version 1, then the next revision as version 2', () => {
      spec.given([created(), revised(['禁止广告'])]).when(publish).then([published(1, ['禁止广告'])]);
      spec
        .given([created(), revised(['禁止广告']), published(1, ['禁止广告']), revised(['禁止广告', '不得刷屏'])])
        .when(publish)
        .then([published(2, ['禁止广告', '不得刷屏'])]);
    });

    it('should change nothing when the draft is the published version', () => {
      spec.given([created(), revised(['禁止广告']), published(1, ['禁止广告'])]).when(publish).then([]);
    });

    it('should refuse to publish a rule set without rules', () => {
      spec.given([created()]).when(publish).thenThrows(RuleSetError, 'RULES_EMPTY');
    });
  });
});
