import { deciderSpec } from '@groundswell/event-store/testing';
import { ballotDecider } from './ballot.decider';
import { ParticipationError } from './participation.error';
import { participationEventTypes } from './participation.events';
import { aCampaign, ballotOptions, now, nowIso, offlineEvent, registrationCommands as commands, registrationEvents as events, sanctioned } from './participation.fixtures';
import { registrationDecider } from './registration.decider';

describe('registrationDecider', () => {
  const spec = deciderSpec(registrationDecider);

  describe('OpenRegistration', () => {
    it('should open registration of an offline event with its capacity', () => {
      spec.given([]).when(commands.open(2)).then([events.opened(2)]);
    });

    it('should refuse to open it twice, for another kind of campaign, after the end, or with no seats', () => {
      spec.given([events.opened()]).when(commands.open()).thenThrows(ParticipationError, 'REGISTRATION_ALREADY_OPEN');
      spec.given([]).when(commands.open(2, { campaign: aCampaign({ kind: 'lottery' }) })).thenThrows(ParticipationError, 'CAMPAIGN_KIND_MISMATCH');
      spec.given([]).when(commands.open(2, { campaign: offlineEvent({ status: 'ended' }) })).thenThrows(ParticipationError, 'CAMPAIGN_CLOSED');
      spec.given([]).when(commands.open(0)).thenThrows(ParticipationError, 'CAPACITY_INVALID');
      spec.given([]).when(commands.open(1.5)).thenThrows(ParticipationError, 'CAPACITY_INVALID');
    });
  });

  describe('Register', () => {
    it('should give a seat while there are seats', () => {
      spec.given([events.opened(2)]).when(commands.register('a')).then([events.requested('a'), events.confirmed('a', 1)]);
    });

    it('should put the member in line once the seats are gone', () => {
      const full = [events.opened(1), events.requested('a'), events.confirmed('a', 1)];
      spec.given(full).when(commands.register('b')).then([events.requested('b'), events.waitlisted('b', 1)]);
      spec.given([...full, events.requested('b'), events.waitlisted('b', 1)]).when(commands.register('c')).then([events.requested('c'), events.waitlisted('c', 2)]);
    });

    it('should change nothing when a registered or waiting member registers again', () => {
      spec.given([events.opened(1), events.requested('a'), events.confirmed('a', 1)]).when(commands.register('a')).then([]);
      spec.given([events.opened(1), events.requested('a'), events.confirmed('a', 1), events.requested('b'), events.waitlisted('b', 1)]).when(commands.register('b')).then([]);
    });

    it('should hand out a seat freed by a cancellation again', () => {
      const history = [events.opened(2), events.requested('a'), events.confirmed('a', 1), events.requested('b'), events.confirmed('b', 2), events.cancelled('a', true)];
      spec.given(history).when(commands.register('c')).then([events.requested('c'), events.confirmed('c', 1)]);
    });

    it('should refuse registration before it opens, while the campaign is not running, or for an excluded member', () => {
      spec.given([]).when(commands.register('a')).thenThrows(ParticipationError, 'REGISTRATION_NOT_OPEN');
      spec.given([events.opened()]).when(commands.register('a', { campaign: offlineEvent({ status: 'scheduled' }) })).thenThrows(ParticipationError, 'CAMPAIGN_NOT_RUNNING');
      spec.given([events.opened()]).when(commands.register('a', { eligibility: sanctioned })).thenThrows(ParticipationError, 'MEMBER_NOT_ELIGIBLE');
      spec.given([events.opened()]).when(commands.register(' ')).thenThrows(ParticipationError, 'MEMBER_ID_INVALID');
    });
  });

  describe('CancelRegistration', () => {
    it('should free the seat and promote the member who waited longest into it', () => {
      const history = [events.opened(1), events.requested('a'), events.confirmed('a', 1), events.requested('b'), events.waitlisted('b', 1), events.requested('c'), events.waitlisted('c', 2)];
      spec.given(history).when(commands.cancel('a')).then([events.cancelled('a', true), events.promoted('b', 1)]);
    });

    it('should free the seat with nobody to promote when nobody waits', () => {
      spec.given([events.opened(1), events.requested('a'), events.confirmed('a', 1)]).when(commands.cancel('a')).then([events.cancelled('a', true)]);
    });

    it('should take a waiting member out of line without promoting anyone', () => {
      const history = [events.opened(1), events.requested('a'), events.confirmed('a', 1), events.requested('b'), events.waitlisted('b', 1)];
      spec.given(history).when(commands.cancel('b')).then([events.cancelled('b', false)]);
    });

    it('should refuse to cancel what the member does not hold, or before registration opens', () => {
      spec.given([events.opened(1), events.requested('a'), events.confirmed('a', 1), events.cancelled('a', true)]).when(commands.cancel('a')).thenThrows(ParticipationError, 'NOT_REGISTERED');
      spec.given([]).when(commands.cancel('a')).thenThrows(ParticipationError, 'REGISTRATION_NOT_OPEN');
    });
  });
});

describe('ballotDecider', () => {
  const spec = deciderSpec(ballotDecider);
  const open = (overrides: Partial<Parameters<typeof ballotDecider.decide>[0]> = {}) => ({ type: 'OpenBallot' as const, campaign: aCampaign({ kind: 'vote' }), options: ballotOptions, now, by: 'u-manager', ...overrides });
  const opened = { type: participationEventTypes.ballotOpened, data: { campaignId: 'campaign-1', options: ballotOptions, openedBy: 'u-manager', openedAt: nowIso } };

  it('should open the ballot of a vote campaign with its options trimmed', () => {
    spec.given([]).when(open({ options: [{ optionId: ' red ', label: '红色款 ' }, { optionId: 'blue', label: '蓝色款' }] })).then([opened]);
  });

  it('should refuse to open it twice, for another kind of campaign, or after the end', () => {
    spec.given([opened]).when(open()).thenThrows(ParticipationError, 'BALLOT_ALREADY_OPEN');
    spec.given([]).when(open({ campaign: aCampaign({ kind: 'check_in' }) })).thenThrows(ParticipationError, 'CAMPAIGN_KIND_MISMATCH');
    spec.given([]).when(open({ campaign: aCampaign({ kind: 'vote', status: 'reviewed' }) })).thenThrows(ParticipationError, 'CAMPAIGN_CLOSED');
  });

  it.each([
    ['one option', [ballotOptions[0]!]],
    ['a repeated option id', [ballotOptions[0]!, ballotOptions[0]!]],
    ['an empty label', [...ballotOptions, { optionId: 'green', label: ' ' }]],
    ['an option id with spaces inside', [...ballotOptions, { optionId: 'light green', label: '浅绿' }]],
  ])('should refuse a ballot with %s', (_case, options) => {
    spec.given([]).when(open({ options })).thenThrows(ParticipationError, 'BALLOT_INVALID');
  });
});
