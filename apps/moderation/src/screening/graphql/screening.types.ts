import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SilenceSanctionType } from '../../watched-words/graphql/watched-word.types';
import { WatchedWordActionValue, WatchedWordCategoryValue, WatchedWordSeverityValue } from '../../watched-words/graphql/watched-word.enums';
import type { WatchedWordActionType, WatchedWordCategory, WatchedWordSeverity } from '../../watched-words/watched-word';
import type { ScreeningVerdict } from '../screen';

export const ScreeningVerdictValue = { pass: 'pass', censored: 'censored', needs_review: 'needs_review', blocked: 'blocked' } as const;
registerEnumType(ScreeningVerdictValue, {
  name: 'ScreeningVerdict',
  description: 'blocked (a block or silence entry matched) beats needs_review (require_approval, or a risk score at or above the threshold) beats censored (censor or replace) beats pass',
});

@InputType()
export class ScreenTextInput {
  @Field({ description: 'The text as the member wrote it (at most 20,000 characters)' })
  text!: string;

  @Field(() => ID, { nullable: true, description: 'Screens with this community\'s own entries as well as the tenant\'s' })
  communityId?: string;

  @Field(() => Int, { nullable: true, description: 'Messages the member sent in the community in the last minute, this one included (flooding, MOD-01)' })
  memberMessagesLastMinute?: number;
}

@ObjectType()
export class WatchedWordMatchType {
  @Field(() => ID, { description: 'The watched word that matched' })
  watchedWordId!: string;

  @Field()
  pattern!: string;

  @Field(() => WatchedWordActionValue)
  action!: WatchedWordActionType;

  @Field(() => WatchedWordCategoryValue)
  category!: WatchedWordCategory;

  @Field(() => WatchedWordSeverityValue)
  severity!: WatchedWordSeverity;

  @Field({ description: 'How it was written: literal (the entry itself), or one of its generated spellings' })
  spelling!: string;

  @Field(() => Int, { description: 'UTF-16 offset of the match in the text, inserted separators included' })
  start!: number;

  @Field(() => Int, { description: 'UTF-16 offset just after the match' })
  end!: number;

  @Field({ description: 'What the member actually wrote' })
  text!: string;
}

@ObjectType()
export class RiskSignalType {
  @Field({ description: 'link, phone_number, wechat_id, qr_code_hint, repeated_characters or flooding' })
  code!: string;

  @Field(() => Float, { description: 'This signal\'s own weight, 0–1' })
  weight!: number;

  @Field({ description: 'The piece of text (or count) that raised it' })
  evidence!: string;
}

@ObjectType()
export class RequestedSanctionType {
  @Field(() => ID)
  watchedWordId!: string;

  @Field(() => SilenceSanctionType)
  sanction!: SilenceSanctionType;
}

@ObjectType({ description: 'What a text would trigger against the current list, and why' })
export class ScreeningReport {
  @Field(() => ScreeningVerdictValue)
  verdict!: ScreeningVerdict;

  @Field({ description: 'The text with CENSOR matches masked and REPLACE matches replaced' })
  censoredText!: string;

  @Field(() => Int, { description: 'The watched-word list version it was screened against' })
  listVersion!: number;

  @Field(() => Float, { description: 'Automatic risk score, 0 (clean) to 1' })
  riskScore!: number;

  @Field(() => [RiskSignalType])
  riskSignals!: RiskSignalType[];

  @Field(() => [WatchedWordMatchType])
  matches!: WatchedWordMatchType[];

  @Field({ description: 'A FLAG entry matched: a case is opened without holding the text' })
  flagged!: boolean;

  @Field(() => [String], { description: 'Tags of matched TAG entries' })
  tags!: string[];

  @Field(() => [RequestedSanctionType], { description: 'Sanctions asked for by matched SILENCE entries' })
  sanctions!: RequestedSanctionType[];
}
