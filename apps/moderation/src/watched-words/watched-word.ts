import { WatchedWordsError } from './watched-words.error';

export const watchedWordActionTypes = ['block', 'censor', 'require_approval', 'flag', 'replace', 'tag', 'silence'] as const;
export const watchedWordCategories = ['ads', 'abuse', 'politics', 'fraud', 'custom'] as const;
export const watchedWordSeverities = ['low', 'medium', 'high', 'critical'] as const;
export const silenceSanctionKinds = ['warning', 'mute', 'remove', 'ban'] as const;

export type WatchedWordActionType = (typeof watchedWordActionTypes)[number];
export type WatchedWordCategory = (typeof watchedWordCategories)[number];
export type WatchedWordSeverity = (typeof watchedWordSeverities)[number];
export type SilenceSanctionKind = (typeof silenceSanctionKinds)[number];

export interface SilenceSanction {
  kind: SilenceSanctionKind;
  /** Only for `mute`, which always lasts a given time. */
  durationMinutes?: number;
}

export type WatchedWordAction =
  | { type: 'block' | 'censor' | 'require_approval' | 'flag' }
  | { type: 'replace'; replacement: string }
  | { type: 'tag'; tagKey: string }
  | { type: 'silence'; sanction: SilenceSanction };

export interface WatchedWordOptions {
  /** Latin edges of a match must not touch other Latin letters: `class` does not hit `ass`. */
  wholeWord: boolean;
  /** Also match pinyin and pinyin mixed with characters: `weixin`, `wei信`, `微xin`. */
  matchPinyin: boolean;
  /** Also match the common abbreviations and stand-ins of its words: `vx`, `wx`, `V信`. */
  matchAbbreviations: boolean;
}

export interface WatchedWordDefinition {
  /** As the operator wrote it (trimmed); `*` stands for a few letters or digits. */
  pattern: string;
  /** Absent: the whole tenant. Present: this community only, overriding a tenant entry with the same pattern. */
  communityId?: string;
  action: WatchedWordAction;
  category: WatchedWordCategory;
  severity: WatchedWordSeverity;
  options: WatchedWordOptions;
}

export interface WatchedWord extends WatchedWordDefinition {
  entryId: string;
}

/** What a client or a CSV row sends: strings to validate, optional flags. */
export interface WatchedWordInput {
  pattern: string;
  action: string;
  replacement?: string;
  tagKey?: string;
  sanction?: { kind: string; durationMinutes?: number };
  category: string;
  severity: string;
  communityId?: string;
  wholeWord?: boolean;
  matchPinyin?: boolean;
  matchAbbreviations?: boolean;
}

export const MAX_PATTERN_LENGTH = 100;
export const MAX_REPLACEMENT_LENGTH = 100;
const MAX_MUTE_MINUTES = 60 * 24 * 365;

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function validPattern(raw: string): string {
  const pattern = raw.trim();
  // Matching reads letters and digits only (separators are what evaders insert), so a pattern needs one.
  if (!/[\p{L}\p{N}]/u.test(pattern)) {
    throw new WatchedWordsError('PATTERN_EMPTY', '敏感词至少要有一个文字、字母或数字');
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new WatchedWordsError('PATTERN_TOO_LONG', `敏感词最长 ${MAX_PATTERN_LENGTH} 个字符`, { maxLength: MAX_PATTERN_LENGTH });
  }
  if (pattern.includes('**')) throw new WatchedWordsError('WILDCARD_INVALID', '通配符 * 不能连续出现 (use a single *)');
  return pattern;
}

function validSanction(sanction: WatchedWordInput['sanction']): SilenceSanction {
  if (!sanction || !oneOf(silenceSanctionKinds, sanction.kind)) {
    throw new WatchedWordsError('SANCTION_INVALID', `处罚类型必须是 ${silenceSanctionKinds.join(' / ')}`);
  }
  if (sanction.kind !== 'mute') {
    if (sanction.durationMinutes !== undefined) throw new WatchedWordsError('SANCTION_INVALID', '只有禁言 (mute) 才有时长');
    return { kind: sanction.kind };
  }
  const minutes = sanction.durationMinutes;
  if (minutes === undefined || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MUTE_MINUTES) {
    throw new WatchedWordsError('SANCTION_INVALID', `禁言时长必须是 1–${MAX_MUTE_MINUTES} 分钟的整数`);
  }
  return { kind: 'mute', durationMinutes: minutes };
}

function validAction(input: WatchedWordInput): WatchedWordAction {
  const type = input.action;
  if (!oneOf(watchedWordActionTypes, type)) {
    throw new WatchedWordsError('ACTION_UNKNOWN', `未知的处理方式 "${type}"，可选：${watchedWordActionTypes.join(', ')}`);
  }
  switch (type) {
    case 'replace': {
      const replacement = input.replacement ?? '';
      if (replacement.length === 0 || replacement.length > MAX_REPLACEMENT_LENGTH) {
        throw new WatchedWordsError('REPLACEMENT_MISSING', `替换 (replace) 需要 1–${MAX_REPLACEMENT_LENGTH} 个字符的替换文本`);
      }
      return { type, replacement };
    }
    case 'tag': {
      const tagKey = input.tagKey?.trim() ?? '';
      if (tagKey.length === 0) throw new WatchedWordsError('TAG_KEY_MISSING', '打标签 (tag) 需要标签键');
      return { type, tagKey };
    }
    case 'silence':
      return { type, sanction: validSanction(input.sanction) };
    default:
      return { type };
  }
}

/** The one validation of an entry, for single commands and CSV rows alike; throws the first problem. */
export function watchedWordDefinition(input: WatchedWordInput): WatchedWordDefinition {
  const pattern = validPattern(input.pattern);
  const action = validAction(input);
  if (!oneOf(watchedWordCategories, input.category)) {
    throw new WatchedWordsError('CATEGORY_UNKNOWN', `未知的分类 "${input.category}"，可选：${watchedWordCategories.join(', ')}`);
  }
  if (!oneOf(watchedWordSeverities, input.severity)) {
    throw new WatchedWordsError('SEVERITY_UNKNOWN', `未知的严重程度 "${input.severity}"，可选：${watchedWordSeverities.join(', ')}`);
  }
  const communityId = input.communityId?.trim() || undefined;
  return {
    pattern,
    ...(communityId ? { communityId } : {}),
    action,
    category: input.category,
    severity: input.severity,
    options: {
      wholeWord: input.wholeWord ?? true,
      matchPinyin: input.matchPinyin ?? false,
      matchAbbreviations: input.matchAbbreviations ?? false,
    },
  };
}

/**
 * Two entries with the same key in one scope are the same entry: case, width and spacing do not
 * make a new one (`ＦＵＣＫ` and `fuck`, `微 信` and `微信`).
 */
export function patternKey(definition: Pick<WatchedWordDefinition, 'pattern' | 'communityId'>): string {
  const folded = definition.pattern.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  return `${definition.communityId ?? ''}\u0000${folded}`;
}

/** The entries that apply in one community: the tenant's, with the community's own replacing those of the same pattern. */
export function effectiveWatchedWords(entries: Iterable<WatchedWord>, communityId?: string): WatchedWord[] {
  const byPattern = new Map<string, WatchedWord>();
  const own: WatchedWord[] = [];
  for (const entry of entries) {
    if (entry.communityId === undefined) byPattern.set(patternKey({ pattern: entry.pattern }), entry);
    else if (entry.communityId === communityId) own.push(entry);
  }
  for (const entry of own) byPattern.set(patternKey({ pattern: entry.pattern }), entry);
  return [...byPattern.values()];
}
