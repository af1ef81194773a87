import type { Decider } from '@groundswell/event-store';
import { validReward } from '../rewards/reward-rules';
import { ReferralError } from './referral.error';
import { referralEventTypes, type ReferralProgrammeEvent, type ReferralProgrammeRules } from './referral.events';

export interface ConfigureReferralProgramme {
  type: 'ConfigureReferralProgramme';
  campaignId: string;
  rules: ReferralProgrammeRules;
  by: string;
}

export type ReferralProgrammeState = { status: 'none' } | { status: 'configured'; rules: ReferralProgrammeRules };

const invalid = (message: string): never => {
  throw new ReferralError('REFERRAL_PROGRAMME_INVALID', message);
};
const wholeIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

function validRules({ thresholds, perReferrerCap, burst }: ReferralProgrammeRules): ReferralProgrammeRules {
  if (thresholds.length < 1 || thresholds.length > 10) invalid('A programme has 1–10 reward thresholds');
  const sorted = [...thresholds].sort((a, b) => a.invites - b.invites);
  sorted.forEach(({ invites }, index) => {
    if (!wholeIn(invites, 1, 10_000)) invalid('A threshold is 1–10,000 invites');
    if (index > 0 && sorted[index - 1]!.invites === invites) invalid('Two thresholds ask for the same number of invites');
  });
  if (!wholeIn(perReferrerCap, 1, 10_000)) invalid('The per-referrer cap is 1–10,000 qualified invites');
  if (sorted.at(-1)!.invites > perReferrerCap) invalid('A threshold above the per-referrer cap could never be reached');
  if (!wholeIn(burst.invites, 2, 1_000) || !wholeIn(burst.windowMinutes, 1, 1_440)) invalid('A burst is 2–1,000 invites within 1–1,440 minutes');
  return { thresholds: sorted.map(({ invites, reward }) => ({ invites, reward: validReward(reward, invalid) })), perReferrerCap, burst: { ...burst } };
}

/** A campaign's referral rules; configuring again replaces them for invites still to come. */
export const referralProgrammeDecider: Decider<ConfigureReferralProgramme, ReferralProgrammeEvent, ReferralProgrammeState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command) => [{ type: referralEventTypes.programmeConfigured, data: { campaignId: command.campaignId, ...validRules(command.rules), configuredBy: command.by } }],
  evolve: (_state, { data: { thresholds, perReferrerCap, burst } }) => ({ status: 'configured', rules: { thresholds, perReferrerCap, burst } }),
};
