import {
  agencyLevelNames,
  agencyLevels,
  statutoryDeadline,
  type AgencyLevel,
} from '@nianbao/schema';

/** What POST /api/import/preview read: whose report, which year, and the target agency's levels. */
export interface ImportPreview {
  readonly named: string;
  readonly year: number;
  readonly agencyId: string;
  readonly agencyName: string;
  readonly storedLevel: string | null;
  readonly inferredLevel: string | null;
}

/** The level an import will file the report at, its Chinese name, and the deadline it implies. */
export interface LevelChoice {
  readonly level: AgencyLevel | undefined;
  readonly levelName: string;
  /** True when the agency's stored level applies (contract §2): the user cannot change it. */
  readonly fixed: boolean;
  /** `2025-03-31` as 2025年3月31日; '' when no format covers the year. */
  readonly deadline: string;
}

const asLevel = (level: string | null | undefined): AgencyLevel | undefined =>
  agencyLevels.find((known) => known === level);

const chineseDate = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${String(year)}年${String(month)}月${String(day)}日`;
};

/** The stored level when the agency has one, else the user's choice, else the one inferred from the name. */
export function levelChoice(preview: ImportPreview, chosen?: AgencyLevel): LevelChoice {
  const stored = asLevel(preview.storedLevel);
  const level = stored ?? chosen ?? asLevel(preview.inferredLevel);
  const deadline = statutoryDeadline({ name: preview.agencyName, level }, preview.year);
  return {
    level,
    levelName: level ? agencyLevelNames[level] : '未确定',
    fixed: stored !== undefined,
    deadline: deadline ? chineseDate(deadline) : '',
  };
}
