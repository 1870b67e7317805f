/** What a report's title names: the agency, the report year, and whether it corrects a published one. */
export interface TitleParts {
  readonly agency: string;
  /** The report year; absent (an unreadable report) leaves the title without it. */
  readonly year?: number;
  /** A correction of a published report: the title ends in `（更正）` (product contract §4). */
  readonly isCorrection?: boolean;
}

/** The fixed end of the official title after `{机关}{年}`, per 国办公开办函〔2021〕30号. */
export const reportTitleSuffix = '年度政府信息公开工作年度报告';
/** What a correction adds at the end of a title or file name. */
export const correctionMark = '（更正）';

const mark = (isCorrection = false): string => (isCorrection ? correctionMark : '');

/**
 * A report's official title, `{机关}{年}年度政府信息公开工作年度报告` (国办公开办函〔2021〕30号),
 * with `（更正）` for a correction.
 * @example reportTitle({ agency: '江南市人民政府', year: 2024 }) // '江南市人民政府2024年度政府信息公开工作年度报告'
 */
export function reportTitle({ agency, year, isCorrection }: TitleParts): string {
  return `${agency}${year ?? ''}${reportTitleSuffix}${mark(isCorrection)}`;
}

/**
 * The pieces a title may break between, from its parts: the agency, `{年}年度`,
 * `政府信息公开工作年度报告` and `（更正）`; joined, they are `reportTitle(parts)`.
 * @example titlePieces({ agency: '江南市人民政府', year: 2024 }) // ['江南市人民政府', '2024年度', '政府信息公开工作年度报告']
 */
export function titlePieces(parts: TitleParts): string[] {
  const title = reportTitle(parts);
  // 年度 belongs to the year: “2021年度” never breaks.
  const yearWord = reportTitleSuffix.slice(0, 2);
  const pieces = [
    parts.agency,
    `${parts.year ?? ''}${yearWord}`,
    reportTitleSuffix.slice(yearWord.length),
    mark(parts.isCorrection),
  ].filter((piece) => piece !== '');
  return pieces.join('') === title ? pieces : [title];
}

/**
 * The short name of a report in lists, `{机关}{年}年度报告` (the agency may be left out where a
 * column already names it), with `（更正）` for a correction.
 */
export function reportShortTitle({ agency = '', year, isCorrection }: Partial<TitleParts>): string {
  return `${agency}${year ?? ''}年度报告${mark(isCorrection)}`;
}

// Published titles end in the official words, or shorten 政府信息公开 to 政务公开 or drop it.
const titleEnding = /(?:政府信息公开|政务公开)?工作年度报告(（更正）|\(更正\))?$/;

/**
 * Recognises a published report title by its ending (`…政府信息公开工作年度报告`, `…政务公开
 * 工作年度报告`, `…工作年度报告`, each optionally followed by `（更正）`); gives what precedes
 * the ending (agency and year in either order), or undefined when the text is no report title.
 * Pass the text without white space.
 * @example readTitleEnding('2024年淮安市人民政府政府信息公开工作年度报告') // { head: '2024年淮安市人民政府', isCorrection: false }
 */
export function readTitleEnding(text: string): { head: string; isCorrection: boolean } | undefined {
  const match = titleEnding.exec(text);
  if (!match) return undefined;
  return { head: text.slice(0, match.index), isCorrection: match[1] !== undefined };
}
