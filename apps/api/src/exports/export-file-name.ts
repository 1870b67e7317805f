import { reportTitle, type Report } from '@nianbao/schema';
import type { StoredReport } from '../db/repository.js';

/** The Chinese download name `<机关><年>年度政府信息公开工作年度报告[（更正）].<ext>` and an ASCII fallback. */
export function exportFileName(
  stored: StoredReport,
  extension: string,
): { fileName: string; fallback: string } {
  const isCorrection = stored.correctsId !== null;
  const title = reportTitle({
    agency: (stored.report as Report).agency.name,
    year: stored.year,
    isCorrection,
  });
  return {
    fileName: `${title}.${extension}`,
    fallback: `report-${stored.year}${isCorrection ? '-correction' : ''}.${extension}`,
  };
}
