import { registerEnumType } from '@nestjs/graphql';

// GraphQL names in capitals, stored values as the domain spells them.
export const WatchedWordActionValue = {
  BLOCK: 'block',
  CENSOR: 'censor',
  REQUIRE_APPROVAL: 'require_approval',
  FLAG: 'flag',
  REPLACE: 'replace',
  TAG: 'tag',
  SILENCE: 'silence',
} as const;
export const WatchedWordCategoryValue = { ADS: 'ads', ABUSE: 'abuse', POLITICS: 'politics', FRAUD: 'fraud', CUSTOM: 'custom' } as const;
export const WatchedWordSeverityValue = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' } as const;
export const SilenceSanctionKindValue = { WARNING: 'warning', MUTE: 'mute', REMOVE: 'remove', BAN: 'ban' } as const;

registerEnumType(WatchedWordActionValue, {
  name: 'WatchedWordAction',
  description: 'What a match does: BLOCK holds the text, CENSOR masks the match, REQUIRE_APPROVAL sends it to review, FLAG opens a case without holding it, REPLACE swaps in given text, TAG tags the text, SILENCE blocks and asks for a sanction',
});
registerEnumType(WatchedWordCategoryValue, { name: 'WatchedWordCategory' });
registerEnumType(WatchedWordSeverityValue, { name: 'WatchedWordSeverity' });
registerEnumType(SilenceSanctionKindValue, { name: 'SilenceSanctionKind' });
