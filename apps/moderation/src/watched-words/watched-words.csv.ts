import type { Info } from 'csv-parse';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { watchedWordDefinition, type WatchedWord, type WatchedWordInput } from './watched-word';
import { WatchedWordsError, type RejectedRow } from './watched-words.error';

const columns = ['pattern', 'action', 'action_value', 'category', 'severity', 'community_id', 'whole_word', 'pinyin', 'abbreviations'] as const;
type Column = (typeof columns)[number];
const requiredColumns: readonly Column[] = ['pattern', 'action', 'category', 'severity'];

const trueWords = new Set(['true', '1', 'yes', 'y', '是']);
const falseWords = new Set(['false', '0', 'no', 'n', '否']);

export interface ParsedWatchedWordRow {
  /** The row in the file as a spreadsheet numbers it: the header is row 1. */
  row: number;
  input: WatchedWordInput;
}

function flag(column: Column, value: string | undefined): boolean | undefined {
  const word = (value ?? '').trim().toLowerCase();
  if (word === '') return undefined;
  if (trueWords.has(word)) return true;
  if (falseWords.has(word)) return false;
  throw new WatchedWordsError('OPTION_INVALID', `${column} 只能是 true/false（或 是/否），而不是 "${value}"`);
}

/** `mute:1440` (minutes), `warning`, `remove` or `ban`. */
function sanction(value: string): WatchedWordInput['sanction'] {
  const [kind = '', minutes] = value.trim().split(':');
  if (minutes === undefined) return { kind };
  if (!/^\d+$/.test(minutes.trim())) throw new WatchedWordsError('SANCTION_INVALID', `禁言时长必须是分钟数，例如 mute:1440，而不是 "${value}"`);
  return { kind, durationMinutes: Number(minutes) };
}

function rowInput(record: Partial<Record<Column, string>>): WatchedWordInput {
  const action = (record.action ?? '').trim();
  const actionValue = record.action_value ?? '';
  const wholeWord = flag('whole_word', record.whole_word);
  const matchPinyin = flag('pinyin', record.pinyin);
  const matchAbbreviations = flag('abbreviations', record.abbreviations);
  const communityId = record.community_id?.trim();
  return {
    pattern: record.pattern ?? '',
    action,
    ...(action === 'replace' ? { replacement: actionValue } : {}),
    ...(action === 'tag' ? { tagKey: actionValue } : {}),
    ...(action === 'silence' ? { sanction: sanction(actionValue) } : {}),
    category: (record.category ?? '').trim(),
    severity: (record.severity ?? '').trim(),
    ...(communityId ? { communityId } : {}),
    ...(wholeWord === undefined ? {} : { wholeWord }),
    ...(matchPinyin === undefined ? {} : { matchPinyin }),
    ...(matchAbbreviations === undefined ? {} : { matchAbbreviations }),
  };
}

function header(names: string[]): Column[] {
  const given = names.map((name) => name.trim().toLowerCase());
  const unknown = given.filter((name) => !(columns as readonly string[]).includes(name));
  const missing = requiredColumns.filter((name) => !given.includes(name));
  if (unknown.length > 0 || missing.length > 0) {
    throw new WatchedWordsError('CSV_INVALID', `表头有误：缺少 ${missing.join(', ') || '无'}，无法识别 ${unknown.join(', ') || '无'}`, {
      missing,
      unknown,
      expected: columns,
    });
  }
  return given as Column[];
}

function records(csv: string): { record: Partial<Record<Column, string>>; row: number }[] {
  try {
    const parsed = parse<{ record: Partial<Record<Column, string>>; info: Info }>(csv, { bom: true, columns: header, skip_empty_lines: true, info: true });
    return parsed.map(({ record, info }) => ({ record, row: info.lines }));
  } catch (error) {
    if (error instanceof CsvError) {
      throw new WatchedWordsError('CSV_INVALID', `CSV 格式错误：${error.message}`, { csvCode: error.code });
    }
    throw error;
  }
}

/**
 * Reads an operator's CSV (UTF-8, BOM or not; the columns of `exportWatchedWordsCsv`). Every row is
 * checked here, so one upload reports every bad row with its number and a stable code.
 */
export function parseWatchedWordsCsv(csv: string): ParsedWatchedWordRow[] {
  const rows: ParsedWatchedWordRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const { record, row } of records(csv)) {
    try {
      const input = rowInput(record);
      watchedWordDefinition(input);
      rows.push({ row, input });
    } catch (error) {
      if (!(error instanceof WatchedWordsError)) throw error;
      rejected.push({ row, code: error.code, message: error.message });
    }
  }
  if (rejected.length > 0) throw new WatchedWordsError('IMPORT_ROWS_INVALID', `${rejected.length} 行无法导入，整个文件未导入`, { rejected });
  if (rows.length === 0) throw new WatchedWordsError('IMPORT_EMPTY', '导入文件没有数据行');
  return rows;
}

function actionValue(entry: WatchedWord): string {
  const { action } = entry;
  if (action.type === 'replace') return action.replacement;
  if (action.type === 'tag') return action.tagKey;
  if (action.type === 'silence') {
    const { kind, durationMinutes } = action.sanction;
    return durationMinutes === undefined ? kind : `${kind}:${durationMinutes}`;
  }
  return '';
}

/** With a BOM, so Excel opens the Chinese text as UTF-8; tenant entries first, then by community and pattern. */
export function exportWatchedWordsCsv(entries: Iterable<WatchedWord>): string {
  const sorted = [...entries].sort(
    (a, b) => (a.communityId ?? '').localeCompare(b.communityId ?? '') || a.pattern.localeCompare(b.pattern, 'zh-Hans-CN'),
  );
  const rows = sorted.map((entry) => [
    entry.pattern,
    entry.action.type,
    actionValue(entry),
    entry.category,
    entry.severity,
    entry.communityId ?? '',
    String(entry.options.wholeWord),
    String(entry.options.matchPinyin),
    String(entry.options.matchAbbreviations),
  ]);
  return `\uFEFF${stringify(rows, { header: true, columns: [...columns] })}`;
}
