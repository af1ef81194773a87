import { deciderSpec } from '@groundswell/event-store/testing';
import { participationDecider } from './participation.decider';
import { ParticipationError } from './participation.error';
import { aCampaign, ballotOptions, participationCommands as commands, participationEvents as events, sanctioned } from './participation.fixtures';

describe('participationDecider', () => {
  const spec = deciderSpec(participationDecider);

  describe('JoinCampaign', () => {
    it('should join an eligible member through the community eligibility found', () => {
      spec.given([]).when(commands.join({ referralCode: ' INVITE-42 ' })).then([events.joined({ referralCode: 'INVITE-42' })]);
    });

    it('should change nothing when the member joins again', () => {
      spec.given([events.joined()]).when(commands.join()).then([]);
    });

    it('should refuse a member the eligibility rules exclude, naming the reason', () => {
      spec.given([]).when(commands.join({ eligibility: sanctioned })).thenThrows(ParticipationError, 'MEMBER_NOT_ELIGIBLE');
      expect(() => participationDecider.decide(commands.join({ eligibility: sanctioned }), participationDecider.initialState())).toThrow(
        expect.objectContaining({ details: { reason: 'SANCTIONED' } }),
      );
    });

    it.each(['draft', 'scheduled', 'paused', 'ended'])('should refuse to join a %s campaign', (status) => {
      spec.given([]).when(commands.join({ campaign: aCampaign({ status }) })).thenThrows(ParticipationError, 'CAMPAIGN_NOT_RUNNING');
    });

    it('should refuse an invalid member id, channel or referral code', () => {
      spec.given([]).when(commands.join({ memberId: ' ' })).thenThrows(ParticipationError, 'MEMBER_ID_INVALID');
      spec.given([]).when(commands.join({ channel: 'carrier_pigeon' as never })).thenThrows(ParticipationError, 'CHANNEL_INVALID');
      spec.given([]).when(commands.join({ referralCode: 'x'.repeat(65) })).thenThrows(ParticipationError, 'REFERRAL_CODE_INVALID');
    });
  });

  describe('CheckIn', () => {
    it('should start a streak on the first check-in, dated in the time zone given', () => {
      // 02:00 UTC on 15 December is 10:00 in Beijing and still 14 December in Los Angeles.
      spec.given([events.joined()]).when(commands.checkIn()).then([events.checkedIn('2026-12-15', 1)]);
      spec.given([events.joined()]).when(commands.checkIn({ timeZone: 'America/Los_Angeles' })).then([events.checkedIn('2026-12-14', 1)]);
    });

    it('should extend the streak the day after the last check-in', () => {
      spec.given([events.joined(), events.checkedIn('2026-12-14', 4)]).when(commands.checkIn()).then([events.checkedIn('2026-12-15', 5)]);
    });

    it('should restart the streak after a missed day', () => {
      spec.given([events.joined(), events.checkedIn('2026-12-13', 4)]).when(commands.checkIn()).then([events.checkedIn('2026-12-15', 1)]);
    });

    it('should change nothing on a second check-in the same day', () => {
      spec.given([events.joined(), events.checkedIn('2026-12-15', 2)]).when(commands.checkIn()).then([]);
    });

    it('should refuse a time zone that is not an IANA name', () => {
      spec.given([events.joined()]).when(commands.checkIn({ timeZone: 'Beijing' })).thenThrows(ParticipationError, 'TIME_ZONE_INVALID');
    });

    it('should refuse a member who has not joined, or no longer may take part', () => {
      spec.given([]).when(commands.checkIn()).thenThrows(ParticipationError, 'NOT_JOINED');
      spec.given([events.joined()]).when(commands.checkIn({ eligibility: sanctioned })).thenThrows(ParticipationError, 'MEMBER_NOT_ELIGIBLE');
    });

    it('should refuse check-ins to a campaign that is not a check-in or challenge, or not running', () => {
      spec.given([events.joined()]).when(commands.checkIn({ campaign: aCampaign({ kind: 'vote' }) })).thenThrows(ParticipationError, 'CAMPAIGN_KIND_MISMATCH');
      spec.given([events.joined()]).when(commands.checkIn({ campaign: aCampaign({ status: 'paused' }) })).thenThrows(ParticipationError, 'CAMPAIGN_NOT_RUNNING');
    });
  });

  describe('CastVote', () => {
    it('should record a joined member\'s vote for an option of the ballot', () => {
      spec.given([events.joined()]).when(commands.vote()).then([events.voteCast('red')]);
    });

    it('should change nothing when the same vote is cast again, and refuse a second, different vote', () => {
      spec.given([events.joined(), events.voteCast('red')]).when(commands.vote()).then([]);
      spec.given([events.joined(), events.voteCast('red')]).when(commands.vote({ optionId: 'blue' })).thenThrows(ParticipationError, 'ALREADY_VOTED');
    });

    it('should refuse a vote before the ballot is open, or for an option not on it', () => {
      spec.given([events.joined()]).when(commands.vote({ ballot: null })).thenThrows(ParticipationError, 'BALLOT_NOT_OPEN');
      spec.given([events.joined()]).when(commands.vote({ optionId: 'green', ballot: ballotOptions })).thenThrows(ParticipationError, 'VOTE_OPTION_UNKNOWN');
    });

    it('should refuse a vote in a campaign that is not a vote, from a member who has not joined or is excluded', () => {
      spec.given([events.joined()]).when(commands.vote({ campaign: aCampaign({ kind: 'check_in' }) })).thenThrows(ParticipationError, 'CAMPAIGN_KIND_MISMATCH');
      spec.given([]).when(commands.vote()).thenThrows(ParticipationError, 'NOT_JOINED');
      spec.given([events.joined()]).when(commands.vote({ eligibility: sanctioned })).thenThrows(ParticipationError, 'MEMBER_NOT_ELIGIBLE');
    });
  });
});
