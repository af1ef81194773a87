import { registerEnumType } from '@nestjs/graphql';

// GraphQL values as the domain spells them, like the rest of the API's enums.
export const WatchedWordActionValue = {
  block: 'block',
  censor: 'censor',
  require_approval: 'require_approval',
  flag: 'flag',
  replace: 'replace',
  tag: 'tag',
  silence: 'silence',
} as const;
export const WatchedWordCategoryValue = { ads: 'ads', abuse: 'abuse', politics: 'politics', fraud: 'fraud', custom: 'custom' } as const;
export const WatchedWordSeverityValue = { low: 'low', medium: 'medium', high: 'high', critical: 'critical' } as const;
export const SilenceSanctionKindValue = { warning: 'warning', mute: 'mute', remove: 'remove', ban: 'ban' } as const;

registerEnumType(WatchedWordActionValue, {
  name: 'WatchedWordAction',
  description: 'What a match does: block holds the text, censor masks the match, require_approval sends it to review, flag opens a case without holding it, replace swaps in given text, tag tags the text, silence blocks and asks for a sanction',
});
registerEnumType(WatchedWordCategoryValue, { name: 'WatchedWordCategory' });
registerEnumType(WatchedWordSeverityValue, { name: 'WatchedWordSeverity' });
registerEnumType(SilenceSanctionKindValue, { name: 'SilenceSanctionKind' });
