import type { CellKind } from '../template/types.js';

/** What a cell of one kind holds, and what is said when an entry breaks a rule. */
export interface CellKindRule {
  /** Whole numbers only. */
  readonly isInteger: boolean;
  /** The least value allowed; absent when negative values are allowed. */
  readonly minimum?: number;
  /** Decimals allowed as written (0 for whole numbers). */
  readonly maxDecimals: number;
  /** The unit values are stored in: 件 or 万元. */
  readonly unit: string;
  /**
   * Units a published cell may print after its number, each with how many places the decimal
   * point moves left to give `unit` (元 → 万元 moves 4).
   */
  readonly writtenUnits: Readonly<Record<string, number>>;
  /** What the cell holds, in Chinese (JSON Schema `description`). */
  readonly description: string;
  /** The message of each rule the kind has, in Chinese. */
  readonly messages: {
    readonly notInteger?: string;
    readonly belowMinimum?: string;
    readonly tooManyDecimals?: string;
  };
}

const countUnits = { 件: 0, 件次: 0, 个: 0, 项: 0, 次: 0 };
const amountDecimals = 6;

/**
 * The value rules of each cell kind, declared once: counts are whole 件, not negative; signed
 * counts (table 二's 净增) may be negative; amounts are 万元, not negative, with at most 6
 * decimals (product contract §1; 国办公开办函〔2021〕30号 prints 信息处理费 in 万元).
 */
export const cellKindRules: Readonly<Record<CellKind, CellKindRule>> = {
  count: {
    isInteger: true,
    minimum: 0,
    maxDecimals: 0,
    unit: '件',
    writtenUnits: countUnits,
    description: '非负整数（件）',
    messages: { notInteger: '应为整数', belowMinimum: '不能为负数' },
  },
  signedCount: {
    isInteger: true,
    maxDecimals: 0,
    unit: '件',
    writtenUnits: countUnits,
    description: '整数，可为负',
    messages: { notInteger: '应为整数' },
  },
  amount: {
    isInteger: false,
    minimum: 0,
    maxDecimals: amountDecimals,
    unit: '万元',
    writtenUnits: { 万元: 0, 元: 4 },
    description: `非负金额，单位万元，最多 ${amountDecimals} 位小数`,
    messages: {
      belowMinimum: '金额不能为负数',
      tooManyDecimals: `金额最多保留 ${amountDecimals} 位小数（单位：万元）`,
    },
  },
};

const decimalPatterns = new Map<number, RegExp>();

/** True when a number, as JSON writes it, has at most `places` decimals (no exponent form). */
export function hasAtMostDecimals(value: number, places: number): boolean {
  let pattern = decimalPatterns.get(places);
  if (!pattern) {
    const fraction = places > 0 ? `(\\.\\d{1,${places}})?` : '';
    decimalPatterns.set(places, (pattern = new RegExp(`^-?\\d+${fraction}$`)));
  }
  return pattern.test(String(value));
}

/** Messages about an entry that are the same for every kind. */
export const entryMessages = { notNumber: '请输入数字', tooLarge: '数字太大' } as const;

const broken = '数值不符合要求';

/**
 * The message for the first rule of its kind a number breaks (whole, minimum, decimals), or
 * undefined when the value is sound; NaN and infinities are never sound.
 * @example checkCellValue('amount', 1.1234567) // '金额最多保留 6 位小数（单位：万元）'
 */
export function checkCellValue(kind: CellKind, value: number): string | undefined {
  const { isInteger, minimum, maxDecimals, messages } = cellKindRules[kind];
  if (!Number.isFinite(value)) return entryMessages.notNumber;
  if (isInteger && !Number.isSafeInteger(value))
    return Number.isInteger(value) ? entryMessages.tooLarge : (messages.notInteger ?? broken);
  if (minimum !== undefined && value < minimum) return messages.belowMinimum ?? broken;
  if (!isInteger && !hasAtMostDecimals(value, maxDecimals))
    return messages.tooManyDecimals ?? broken;
  return undefined;
}

// Compiled once per kind: shape checks run this for every cell of every report.
function compileCheck({ isInteger, minimum, maxDecimals }: CellKindRule) {
  const least = minimum ?? Number.NEGATIVE_INFINITY;
  return isInteger
    ? (value: number) => Number.isSafeInteger(value) && value >= least
    : (value: number) =>
        Number.isFinite(value) && value >= least && hasAtMostDecimals(value, maxDecimals);
}

const valueChecks = {
  count: compileCheck(cellKindRules.count),
  signedCount: compileCheck(cellKindRules.signedCount),
  amount: compileCheck(cellKindRules.amount),
} satisfies Record<CellKind, (value: number) => boolean>;

/** Whether a number is a sound value of a cell kind: `checkCellValue` finds nothing wrong. */
export const isCellValue = (kind: CellKind, value: number): boolean => valueChecks[kind](value);

/** The yes/no check of a kind's values, for callers that check many cells of one kind. */
export const cellValueCheck = (kind: CellKind): ((value: number) => boolean) => valueChecks[kind];
