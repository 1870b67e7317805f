import {
  sectionOrdinal,
  subheadOrdinal,
  type NoticeBlock,
  type NoticeDocument,
} from '@nianbao/schema';
import type { Agency } from '../db/repository.js';
import type { ProgressRow } from '../reports/progress.js';
import type { ProblemItem } from './problem-item.js';
import { problemStatusNames } from './problem-workflow.js';

/** What the 通报 reports on: the office, its units' progress rows and their items. */
export interface NoticeInput {
  readonly office: Agency;
  readonly year: number;
  readonly rows: readonly ProgressRow[];
  readonly items: readonly ProblemItem[];
  /** Today, ISO. */
  readonly today: string;
}

const chineseDate = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${String(year)}年${String(month)}月${String(day)}日`;
};

function openingOf({ office, year, rows, items }: NoticeInput): string {
  const onTime = rows.filter((r) => r.report?.status === 'published' && !r.overdue).length;
  const late = rows.filter((r) => r.report && r.overdue).length;
  const missing = rows.filter((r) => !r.report).length;
  const withProblems = new Set(items.map((item) => item.agencyId)).size;
  return (
    `${office.name}对所辖${rows.length}家单位${year}年度政府信息公开工作年度报告的编制和发布情况进行了检查。` +
    `其中，按时发布${onTime}家，逾期${late}家，未报送${missing}家；` +
    `${withProblems}家单位存在问题，共${items.length}个。现将有关情况通报如下。`
  );
}

function unitBlocks(rows: readonly ProgressRow[], items: readonly ProblemItem[]): NoticeBlock[] {
  const blocks: NoticeBlock[] = [];
  for (const { agency } of rows) {
    const own = items.filter((item) => item.agencyId === agency.id);
    if (own.length === 0) continue;
    blocks.push({
      kind: 'subhead',
      text: `${subheadOrdinal(blocks.filter((b) => b.kind === 'subhead').length + 1)}${agency.name}`,
    });
    own.forEach((item, index) => {
      const status = item.status === 'open' ? '' : `（${problemStatusNames[item.status]}）`;
      blocks.push({ kind: 'item', text: `${String(index + 1)}. ${item.text}${status}` });
    });
  }
  return blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: '本次检查未发现问题。' }];
}

/** The draft 通报 on a year's reports of the office's units: counts, each unit's items, demands. */
export function noticeContent(input: NoticeInput): NoticeDocument {
  const { office, year } = input;
  return {
    title: `关于${String(year)}年度政府信息公开工作年度报告检查情况的通报`,
    addressee: '各有关单位：',
    blocks: [
      { kind: 'paragraph', text: openingOf(input) },
      { kind: 'heading', text: `${sectionOrdinal(1)}检查发现的问题` },
      ...unitBlocks(input.rows, input.items),
      { kind: 'heading', text: `${sectionOrdinal(2)}整改要求` },
      {
        kind: 'paragraph',
        text:
          '请上述单位对照问题清单逐项整改，自本通报印发之日起15个工作日内完成，' +
          `并在系统中逐项标记“已整改”、写明整改情况，附更正后的报告；${office.name}将逐项复核，复核结果另行通报。`,
      },
    ],
    issuer: office.name,
    date: chineseDate(input.today),
  };
}
