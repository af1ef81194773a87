import { MemberDomainError } from '../shared/member-domain.error';

/** A tenant's growth levels, lowest first; the first starts at 0. A changed table is a new version. */
export interface LevelTable {
  version: number;
  levels: { level: string; minGrowth: number }[];
}

const invalid = (message: string) => new MemberDomainError('INVALID_LEVEL_TABLE', message);

export function checkLevelTable(table: LevelTable): LevelTable {
  if (!Number.isInteger(table.version) || table.version < 1) throw invalid('A level table version is an integer ≥ 1');
  if (table.levels.length === 0 || table.levels[0]!.minGrowth !== 0) throw invalid('The first level starts at growth 0');
  const names = new Set<string>();
  table.levels.forEach(({ level, minGrowth }, index) => {
    if (level.trim() !== level || level.length === 0 || level.length > 50) throw invalid(`"${level}" is not a level name`);
    if (names.has(level)) throw invalid(`Level "${level}" appears twice`);
    names.add(level);
    if (!Number.isInteger(minGrowth) || (index > 0 && minGrowth <= table.levels[index - 1]!.minGrowth)) {
      throw invalid('Level thresholds are whole numbers, strictly increasing');
    }
  });
  return table;
}

/** The highest level whose threshold the growth value reaches. */
export function levelFor(growthValue: number, table: LevelTable): string {
  return table.levels.reduce((reached, { level, minGrowth }) => (growthValue >= minGrowth ? level : reached), table.levels[0]!.level);
}
