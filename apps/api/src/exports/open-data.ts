import { dataPackage, openDataCsv } from '@nianbao/open-data';
import { templateForYear, type Report } from '@nianbao/schema';

/**
 * The open-data CSV of a year's published reports (contract §4): UTF-8 with BOM, header
 * `agency,year,publishedOn,` then every cell address of the year's format, one row per report.
 */
export function openDataOfYear(reports: readonly Report[], year: number): string {
  return openDataCsv(reports, templateForYear(year)?.format);
}

/** The Frictionless `datapackage.json` describing the year's open-data CSV at `path`. */
export function dataPackageOfYear(
  year: number,
  path: string,
): ReturnType<typeof dataPackage> | undefined {
  const format = templateForYear(year)?.format;
  return format === undefined ? undefined : dataPackage(format, path);
}
