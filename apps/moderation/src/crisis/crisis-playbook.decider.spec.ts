import { deciderSpec } from '@groundswell/event-store/testing';
import { CrisisError } from './crisis.error';
import { crisisPlaybookDecider, type DefineCrisisPlaybook } from './crisis-playbook.decider';
import { crisisPlaybookEventTypes, type CrisisPlaybookEvent, type PlaybookStep, type RosterMember } from './crisis-playbook.events';

const steps: PlaybookStep[] = [
  { phase: 'identify', title: '核实投诉内容与涉事批次', withinMinutes: 15 },
  { phase: 'respond', title: '发布首次官方声明', withinMinutes: 30 },
  { phase: 'recover', title: '公布整改措施与处理结果' },
];
const roster: RosterMember[] = [
  { operatorId: 'u-lead', role: 'lead' },
  { operatorId: 'u-pr', role: 'spokesperson' },
];
const define = (overrides: Partial<DefineCrisisPlaybook> = {}): DefineCrisisPlaybook => ({
  type: 'DefineCrisisPlaybook',
  crisisType: 'product_quality',
  title: '产品质量危机预案',
  steps,
  roster,
  by: 'u-owner',
  ...overrides,
});
const defined = (version: number, overrides: Partial<CrisisPlaybookEvent['data']> = {}): CrisisPlaybookEvent => ({
  type: crisisPlaybookEventTypes.defined,
  data: { crisisType: 'product_quality', version, title: '产品质量危机预案', steps, roster, definedBy: 'u-owner', ...overrides },
});

describe('crisisPlaybookDecider', () => {
  const spec = deciderSpec(crisisPlaybookDecider);

  describe('DefineCrisisPlaybook', () => {
    it('should define version 1, trimmed', () => {
      spec.given([]).when(define({ title: ' 产品质量危机预案 ', roster: [{ operatorId: ' u-lead ', role: 'lead' }, roster[1]!] })).then([defined(1)]);
    });

    it('should replace it as a new version, and ignore a repeat', () => {
      const shorter = steps.slice(0, 2);
      spec.given([defined(1)]).when(define({ steps: shorter })).then([defined(2, { steps: shorter })]);
      spec.given([defined(1)]).when(define()).then([]);
    });

    it.each<[string, Partial<DefineCrisisPlaybook>]>([
      ['an empty title', { title: ' ' }],
      ['no steps', { steps: [] }],
      ['a step without a title', { steps: [{ phase: 'assess', title: '' }] }],
      ['a step time limit of zero', { steps: [{ phase: 'assess', title: '评估风险等级', withinMinutes: 0 }] }],
      ['a roster without a lead', { roster: [{ operatorId: 'u-pr', role: 'spokesperson' }] }],
      ['an operator twice on the roster', { roster: [...roster, { operatorId: 'u-pr', role: 'responder' }] }],
      ['an unnamed operator', { roster: [...roster, { operatorId: ' ', role: 'responder' }] }],
    ])('should refuse %s', (_, overrides) => {
      spec.given([]).when(define(overrides)).thenThrows(CrisisError, 'PLAYBOOK_INVALID');
    });
  });
});
