import { importReport, type ImportOptions } from '../src/index.js';

/** `importReport`'s report and findings; throws, failing the test, when it found no report. */
export function importedReport(input: string, options: ImportOptions) {
  const result = importReport(input, options);
  if (result.kind === 'noReport') throw new Error(`no report read: ${result.message}`);
  return result;
}
