import { renderNoticeDocx } from '@nianbao/docx';
import { renderNoticePdf } from '@nianbao/pdf';
import type { Repository } from '../db/repository.js';
import { reportsByAgencyYear, currentOf } from '../reports/overview.js';
import { withDeadlines } from '../reports/progress.js';
import { packLookup } from '../reports/rule-packs.js';
import type { NoticeDocument } from '@nianbao/schema';
import { noticeContent } from './notice-content.js';
import { officeUnits, type OfficeYear } from './office-units.js';

/** The formats a 通报 is drafted in. */
export const noticeFormats = {
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: (notice: NoticeDocument) => renderNoticeDocx(notice),
  },
  pdf: {
    mediaType: 'application/pdf',
    render: (notice: NoticeDocument) => renderNoticePdf(notice),
  },
} as const;

export type NoticeFormat = keyof typeof noticeFormats;

/** The draft 通报 on the office's units for `year`: their progress and their items, as content. */
export async function noticeOf(repo: Repository, input: OfficeYear): Promise<NoticeDocument> {
  const { office, agencies, units } = await officeUnits(repo, input);
  const { year, today } = input;
  const reports = await repo.findReportsIn({ agencyIds: units.map((u) => u.id), years: [year] });
  const reportsOf = reportsByAgencyYear(reports);
  const rows = withDeadlines(
    units.map((agency) => ({
      agency,
      report: currentOf(reportsOf(agency.id, year)),
      errors: 0,
      warnings: 0,
    })),
    { year, today, packOf: packLookup(input.packs, agencies) },
  );
  const items = await repo.problems.listItems({ year, issuerId: office.id });
  const unitIds = new Set(units.map((u) => u.id));
  return noticeContent({
    office,
    year,
    rows,
    items: items.filter((item) => unitIds.has(item.agencyId)),
    today,
  });
}
