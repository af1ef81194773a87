import { MemberDomainError } from '../shared/member-domain.error';
import { foldEvents } from '@groundswell/event-store';
import { anId, anOperator, at, theMember } from '../shared/testing/factories';
import { memberDeciderSpec } from '../shared/testing/member-decider-spec';
import type { CommunityCommand } from './community.commands';
import { communityDecider } from './community.decider';
import type { CommunityEvent } from './community.state';

const communityId = anId();
const operator = anOperator();
const spec = memberDeciderSpec(communityDecider);
const now = at('2025-03-01T08:00:00.000Z');

const created = (): CommunityEvent => ({
  type: 'groundswell.members.CommunityCreated.v1',
  data: { communityId, name: 'Trail Runners Shanghai', platform: 'wecom' },
});
const stageChanged = (from: 'build_up' | 'deepening', to: 'deepening' | 'expansion'): CommunityEvent => ({
  type: 'groundswell.members.CommunityStageChanged.v1',
  data: { communityId, from, to, correction: false, changedBy: operator, changedAt: now.toISOString() },
});
const statusChanged = (from: 'active' | 'dormant', to: 'active' | 'dormant' | 'archived', reason?: string): CommunityEvent => ({
  type: 'groundswell.members.CommunityStatusChanged.v1',
  data: { communityId, from, to, reason, changedBy: operator, changedAt: now.toISOString() },
});
const aGoal = (overrides = {}) => ({
  goalId: anId(),
  objective: 'loyalty' as const,
  kpi: 'retention_rate_30d',
  target: 0.6,
  periodStart: '2025-01-01',
  periodEnd: '2025-06-30',
  ...overrides,
});
const create = (overrides: Partial<Extract<CommunityCommand, { type: 'CreateCommunity' }>> = {}): CommunityCommand => ({
  type: 'CreateCommunity',
  communityId,
  name: '  Trail Runners Shanghai ',
  platform: 'wecom',
  by: operator,
  ...overrides,
});

describe('communityDecider', () => {
  describe('CreateCommunity', () => {
    it('should create the community with a trimmed name', () => {
      spec.given([]).when(create()).then([created()]);
    });

    it('should record the initial profile with the creation', () => {
      spec
        .given([])
        .when(create({ profile: { slogan: 'Run together', type: 'interest', theme: null } }))
        .then([
          created(),
          {
            type: 'groundswell.members.CommunityProfileUpdated.v1',
            data: { communityId, changes: { slogan: 'Run together', type: 'interest' }, updatedBy: operator },
          },
        ]);
    });

    it('should reject a community that exists already', () => {
      spec.given([created()]).when(create()).thenThrows(MemberDomainError, 'COMMUNITY_ALREADY_EXISTS');
    });

    it('should reject a blank name', () => {
      spec.given([]).when(create({ name: '   ' })).thenThrows(MemberDomainError, 'INVALID_COMMUNITY_PROFILE');
    });

    it('should reject an avatar that is not an https URL', () => {
      spec
        .given([])
        .when(create({ profile: { avatarUrl: 'http://cdn.example.com/a.png' } }))
        .thenThrows(MemberDomainError, 'INVALID_COMMUNITY_PROFILE');
    });
  });

  describe('UpdateCommunityProfile', () => {
    it('should record only the fields that change', () => {
      spec
        .given([created()])
        .when({ type: 'UpdateCommunityProfile', changes: { name: 'Trail Runners Shanghai', slogan: 'Go far' }, by: operator })
        .then([
          { type: 'groundswell.members.CommunityProfileUpdated.v1', data: { communityId, changes: { slogan: 'Go far' }, updatedBy: operator } },
        ]);
    });

    it('should record a cleared field as null', () => {
      const sloganSet: CommunityEvent = {
        type: 'groundswell.members.CommunityProfileUpdated.v1',
        data: { communityId, changes: { slogan: 'Go far' }, updatedBy: operator },
      };
      spec
        .given([created(), sloganSet])
        .when({ type: 'UpdateCommunityProfile', changes: { slogan: null }, by: operator })
        .then([{ type: 'groundswell.members.CommunityProfileUpdated.v1', data: { communityId, changes: { slogan: null }, updatedBy: operator } }]);
    });

    it('should append nothing when nothing changes', () => {
      spec.given([created()]).when({ type: 'UpdateCommunityProfile', changes: { theme: null }, by: operator }).then([]);
    });

    it('should normalise the target audience', () => {
      const targetAudience = { ageBands: ['25_34' as const, '25_34' as const], genders: [], regions: [' Shanghai '], occupations: [] };
      spec
        .given([created()])
        .when({ type: 'UpdateCommunityProfile', changes: { targetAudience }, by: operator })
        .then([
          {
            type: 'groundswell.members.CommunityProfileUpdated.v1',
            data: {
              communityId,
              changes: { targetAudience: { ageBands: ['25_34'], genders: [], regions: ['Shanghai'], occupations: [] } },
              updatedBy: operator,
            },
          },
        ]);
    });

    it('should reject a slogan over 200 characters', () => {
      spec
        .given([created()])
        .when({ type: 'UpdateCommunityProfile', changes: { slogan: '跑'.repeat(201) }, by: operator })
        .thenThrows(MemberDomainError, 'INVALID_COMMUNITY_PROFILE');
    });

    it('should reject an audience label that is blank', () => {
      const targetAudience = { ageBands: [], genders: [], regions: [''], occupations: [] };
      spec
        .given([created()])
        .when({ type: 'UpdateCommunityProfile', changes: { targetAudience }, by: operator })
        .thenThrows(MemberDomainError, 'INVALID_COMMUNITY_PROFILE');
    });

    it('should reject an unknown community', () => {
      spec.given([]).when({ type: 'UpdateCommunityProfile', changes: { slogan: 'x' }, by: operator }).thenThrows(MemberDomainError, 'COMMUNITY_NOT_FOUND');
    });
  });

  describe('ChangeCommunityStage', () => {
    it('should advance one stage without a reason', () => {
      spec
        .given([created()])
        .when({ type: 'ChangeCommunityStage', to: 'deepening', by: operator, at: now })
        .then([stageChanged('build_up', 'deepening')]);
    });

    it('should record any other move as a correction with its reason', () => {
      spec
        .given([created(), stageChanged('build_up', 'deepening')])
        .when({ type: 'ChangeCommunityStage', to: 'build_up', reason: 'Advanced by mistake', by: operator, at: now })
        .then([
          {
            type: 'groundswell.members.CommunityStageChanged.v1',
            data: { communityId, from: 'deepening', to: 'build_up', correction: true, reason: 'Advanced by mistake', changedBy: operator, changedAt: now.toISOString() },
          },
        ]);
    });

    it('should reject skipping a stage without a reason', () => {
      spec.given([created()]).when({ type: 'ChangeCommunityStage', to: 'expansion', by: operator, at: now }).thenThrows(MemberDomainError, 'REASON_REQUIRED');
    });

    it('should append nothing when the stage is unchanged', () => {
      spec.given([created()]).when({ type: 'ChangeCommunityStage', to: 'build_up', by: operator, at: now }).then([]);
    });

    it('should reject an invalid time', () => {
      spec
        .given([created()])
        .when({ type: 'ChangeCommunityStage', to: 'deepening', by: operator, at: new Date('not a date') })
        .thenThrows(MemberDomainError, 'INVALID_TIMESTAMP');
    });
  });

  describe('ChangeCommunityStatus', () => {
    it('should make an active community dormant, and back', () => {
      spec.given([created()]).when({ type: 'ChangeCommunityStatus', to: 'dormant', by: operator, at: now }).then([statusChanged('active', 'dormant')]);
      spec
        .given([created(), statusChanged('active', 'dormant')])
        .when({ type: 'ChangeCommunityStatus', to: 'active', by: operator, at: now })
        .then([statusChanged('dormant', 'active')]);
    });

    it('should archive with a reason', () => {
      spec
        .given([created()])
        .when({ type: 'ChangeCommunityStatus', to: 'archived', reason: 'Brand merged', by: operator, at: now })
        .then([statusChanged('active', 'archived', 'Brand merged')]);
    });

    it('should reject archiving without a reason', () => {
      spec.given([created()]).when({ type: 'ChangeCommunityStatus', to: 'archived', by: operator, at: now }).thenThrows(MemberDomainError, 'REASON_REQUIRED');
    });

    it('should append nothing when the status is unchanged', () => {
      spec.given([created()]).when({ type: 'ChangeCommunityStatus', to: 'active', by: operator, at: now }).then([]);
    });
  });

  describe('SetCommunityGoals', () => {
    it('should replace the goals', () => {
      const goals = [aGoal(), aGoal({ objective: 'sales', kpi: 'gmv', target: 100_000 })];
      spec
        .given([created()])
        .when({ type: 'SetCommunityGoals', goals, by: operator })
        .then([{ type: 'groundswell.members.CommunityGoalsSet.v1', data: { communityId, goals, setBy: operator } }]);
    });

    it('should append nothing when the goals are the same', () => {
      const goals = [aGoal()];
      const set: CommunityEvent = { type: 'groundswell.members.CommunityGoalsSet.v1', data: { communityId, goals, setBy: operator } };
      spec.given([created(), set]).when({ type: 'SetCommunityGoals', goals, by: operator }).then([]);
    });

    it.each([
      ['duplicate goal ids', () => { const goal = aGoal(); return [goal, goal]; }],
      ['a KPI that is not a key', () => [aGoal({ kpi: 'Retention Rate' })]],
      ['a negative target', () => [aGoal({ target: -1 })]],
      ['a period that ends before it starts', () => [aGoal({ periodStart: '2025-07-01' })]],
      ['an impossible date', () => [aGoal({ periodEnd: '2025-02-30' })]],
      ['more than 20 goals', () => Array.from({ length: 21 }, () => aGoal())],
    ])('should reject %s', (_, goals) => {
      spec.given([created()]).when({ type: 'SetCommunityGoals', goals: goals(), by: operator }).thenThrows(MemberDomainError, 'INVALID_GOALS');
    });
  });

  describe('every command', () => {
    const commands: CommunityCommand[] = [
      { type: 'UpdateCommunityProfile', changes: { slogan: 'x' }, by: operator },
      { type: 'ChangeCommunityStage', to: 'deepening', by: operator, at: now },
      { type: 'ChangeCommunityStatus', to: 'dormant', by: operator, at: now },
      { type: 'SetCommunityGoals', goals: [], by: operator },
    ];

    it.each(commands.map((command) => [command.type, command] as const))('should reject %s on an archived community', (_, command) => {
      spec.given([created(), statusChanged('active', 'archived', 'Closed')]).when(command).thenThrows(MemberDomainError, 'COMMUNITY_ARCHIVED');
    });

    it.each([create(), ...commands].map((command) => [command.type, command] as const))('should reject %s by a member', (_, command) => {
      spec.given([created()]).when({ ...command, by: theMember(anId()) }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });
  });

  it('should fold a cleared profile field away', () => {
    const state = foldEvents(communityDecider, [
      created(),
      { type: 'groundswell.members.CommunityProfileUpdated.v1', data: { communityId, changes: { slogan: 'a', theme: 't' }, updatedBy: operator } },
      { type: 'groundswell.members.CommunityProfileUpdated.v1', data: { communityId, changes: { slogan: null }, updatedBy: operator } },
    ]);
    expect(state.profile).toEqual({ theme: 't' });
  });
});
