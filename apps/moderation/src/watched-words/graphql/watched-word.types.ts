import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { WatchedWordRecord } from '../watched-words.queries';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';
import type { SilenceSanctionKind, WatchedWordActionType, WatchedWordCategory, WatchedWordSeverity } from '../watched-word';
import { SilenceSanctionKindValue, WatchedWordActionValue, WatchedWordCategoryValue, WatchedWordSeverityValue } from './watched-word.enums';

@ObjectType({ description: 'The sanction a silence entry asks for' })
export class SilenceSanctionType {
  @Field(() => SilenceSanctionKindValue)
  kind!: SilenceSanctionKind;

  @Field(() => Int, { nullable: true, description: 'How long a mute lasts' })
  durationMinutes?: number;
}

@ObjectType('WatchedWord', { description: 'A watched word, phrase or wildcard pattern (敏感词) and what a match does' })
export class WatchedWordType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'As the operator wrote it; `*` stands for a few letters or digits' })
  pattern!: string;

  @Field(() => ID, { nullable: true, description: 'Absent: the whole tenant. Present: this community only, overriding a tenant entry with the same pattern' })
  communityId?: string;

  @Field(() => WatchedWordActionValue)
  action!: WatchedWordActionType;

  @Field(() => String, { nullable: true, description: 'The text a replace entry puts in place of the match' })
  replacement?: string;

  @Field(() => String, { nullable: true, description: 'The tag a tag entry gives the text' })
  tagKey?: string;

  @Field(() => SilenceSanctionType, { nullable: true })
  sanction?: SilenceSanctionType;

  @Field(() => WatchedWordCategoryValue)
  category!: WatchedWordCategory;

  @Field(() => WatchedWordSeverityValue)
  severity!: WatchedWordSeverity;

  @Field({ description: 'Latin edges of a match must not touch other Latin letters: `class` does not hit `ass`' })
  wholeWord!: boolean;

  @Field({ description: 'Also matches its pinyin, alone or mixed with characters: `weixin`, `wei信`' })
  matchPinyin!: boolean;

  @Field({ description: 'Also matches common abbreviations and stand-ins: `vx`, `V信`' })
  matchAbbreviations!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field({ description: 'Subject of who changed it last' })
  updatedBy!: string;
}

export const WatchedWordConnection = connectionOf(WatchedWordType, 'WatchedWord');

@InputType()
export class SilenceSanctionInput {
  @Field(() => SilenceSanctionKindValue)
  kind!: SilenceSanctionKind;

  @Field(() => Int, { nullable: true, description: 'Required for mute: 1 minute to 1 year' })
  durationMinutes?: number;
}

@InputType()
export class AddWatchedWordInput {
  @Field({ description: 'A word, phrase or pattern with `*` (at most 100 characters)' })
  pattern!: string;

  @Field(() => WatchedWordActionValue)
  action!: WatchedWordActionType;

  @Field(() => String, { nullable: true, description: 'Required for replace' })
  replacement?: string;

  @Field(() => String, { nullable: true, description: 'Required for tag' })
  tagKey?: string;

  @Field(() => SilenceSanctionInput, { nullable: true, description: 'Required for silence' })
  sanction?: SilenceSanctionInput;

  @Field(() => WatchedWordCategoryValue)
  category!: WatchedWordCategory;

  @Field(() => WatchedWordSeverityValue)
  severity!: WatchedWordSeverity;

  @Field(() => ID, { nullable: true, description: 'For one community only' })
  communityId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Default: true for Latin patterns' })
  wholeWord?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Default: false' })
  matchPinyin?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Default: false' })
  matchAbbreviations?: boolean;
}

@InputType({ description: 'The fields to change; the scope (tenant or community) of an entry never changes' })
export class UpdateWatchedWordInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  pattern?: string;

  @Field(() => WatchedWordActionValue, { nullable: true })
  action?: WatchedWordActionType;

  @Field(() => String, { nullable: true })
  replacement?: string;

  @Field(() => String, { nullable: true })
  tagKey?: string;

  @Field(() => SilenceSanctionInput, { nullable: true })
  sanction?: SilenceSanctionInput;

  @Field(() => WatchedWordCategoryValue, { nullable: true })
  category?: WatchedWordCategory;

  @Field(() => WatchedWordSeverityValue, { nullable: true })
  severity?: WatchedWordSeverity;

  @Field(() => Boolean, { nullable: true })
  wholeWord?: boolean;

  @Field(() => Boolean, { nullable: true })
  matchPinyin?: boolean;

  @Field(() => Boolean, { nullable: true })
  matchAbbreviations?: boolean;
}

@InputType()
export class RemoveWatchedWordInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class ImportWatchedWordsInput {
  @Field({ description: 'UTF-8 CSV with the columns `watchedWordsCsv` exports; all rows or none, each bad row reported with its number' })
  csv!: string;
}

export const WatchedWordPayload = payloadOf('WatchedWordPayload', 'watchedWord', WatchedWordType);
export type WatchedWordPayload = Payload<'watchedWord', WatchedWordType>;

@ObjectType()
export class RemoveWatchedWordPayload {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class ImportWatchedWordsPayload {
  @Field(() => Int, { description: 'The list version after the import; screening uses it from now on' })
  listVersion!: number;

  @Field(() => Int, { description: 'Entries in the list after the import' })
  totalCount!: number;
}

/** The stored entry as the API shows it: its action's parameters and options as fields of their own. */
export function watchedWordView(record: WatchedWordRecord): WatchedWordType {
  const { action, options, ...rest } = record;
  return {
    ...rest,
    ...options,
    action: action.type,
    ...(action.type === 'replace' ? { replacement: action.replacement } : {}),
    ...(action.type === 'tag' ? { tagKey: action.tagKey } : {}),
    ...(action.type === 'silence' ? { sanction: action.sanction } : {}),
  };
}
