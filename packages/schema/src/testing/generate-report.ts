import { readNumber, splitAddress } from '../report/cell-access.js';
import { computeTotals } from '../report/compute-totals.js';
import { emptyReport } from '../report/empty-report.js';
import type { Report, TableValues } from '../report/report.js';
import { tableCells } from '../template/cells.js';
import { tablesOf, type TemplateDef } from '../template/template.js';
import { template2021 } from '../template/templates.js';
import { agencyLevels } from '../template/types.js';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same reports everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const amountOf = (random: () => number): number => Math.round(random() * 2000 * 1e4) / 1e4;

/**
 * Makes every non-previous equation hold by raising one input (non-total) cell on the smaller
 * side, e.g. 结转下年度 when 一 + 二 exceeds 三（七）. Totals must be recomputed afterwards.
 */
function balanceEquations(report: Report, template: TemplateDef): void {
  const tables = report as unknown as Record<string, TableValues>;
  const totals = new Set(
    tablesOf(template).flatMap((t) =>
      tableCells(t)
        .filter((c) => c.isTotal)
        .map((c) => c.address),
    ),
  );
  for (const rule of template.rules) {
    if (rule.kind !== 'equation') continue;
    for (const { left, right } of rule.equations) {
      if ([...left, ...right].some((term) => term.isPrevious)) continue;
      const sum = (terms: typeof left) =>
        terms.reduce(
          (s, term) => s + term.sign * (readNumber(report, splitAddress(term.address)) ?? 0),
          0,
        );
      const gap = sum(left) - sum(right);
      const side = gap > 0 ? right : left;
      const target = side.find((term) => term.sign > 0 && !totals.has(term.address));
      if (!target || gap === 0) continue;
      const [table, record, field] = splitAddress(target.address);
      const row = tables[table]?.[record];
      if (row) row[field] = (row[field] ?? 0) + Math.abs(gap);
    }
  }
}

/** Prose that a reviewer's checks accept: five aspects, 改进措施, 信息处理费, and the seed. */
const proseOf = (section: string, seed: number): string =>
  ({
    overview: `（一）主动公开情况。第${seed}号示例机关主动公开政府信息。（二）依申请公开情况。按期答复。（三）政府信息管理情况。落实保密审查。（四）平台建设情况。维护政府网站。（五）监督保障情况。开展培训。`,
    problems: `（一）存在的主要问题。第${seed}号示例报告的问题。（二）改进措施。加强培训。`,
    other: `第${seed}号示例机关本年度收取信息处理费0元。`,
  })[section] ?? `（一）第${seed}号示例报告的${section}。`;

/**
 * A valid, non-zero report with random numbers in every input cell, totals computed and
 * balances holding. For property tests and benchmarks.
 * @example generateReport(42).requests.handledTotal.total
 */
export function generateReport(seed: number, template: TemplateDef = template2021): Report {
  const random = seededRandom(seed);
  const level = agencyLevels[Math.floor(random() * agencyLevels.length)] ?? 'city';
  const year = Math.min(
    template.years.from + Math.floor(random() * 3),
    template.years.to ?? Infinity,
  );
  const report = emptyReport(template, { year, agency: { name: `示例机关${seed}`, level } });
  const tables = report as unknown as Record<string, TableValues>;
  for (const table of tablesOf(template)) {
    for (const cell of tableCells(table)) {
      if (cell.isTotal) continue;
      const row = tables[table.id]?.[cell.record];
      if (!row) continue;
      // 县乡机关无规章: keep generated reports free of warnings too.
      const forbidden = template.rules.some(
        (rule) =>
          rule.kind === 'zeroForLevels' &&
          rule.levels.includes(level) &&
          rule.cells.some((c) => c.address === cell.address),
      );
      row[cell.field] = forbidden
        ? 0
        : cell.kind === 'amount'
          ? amountOf(random)
          : Math.floor(random() * 50);
    }
  }
  for (const section of Object.keys(report.narrative))
    report.narrative[section] = proseOf(section, seed);
  const withTotals = computeTotals(report);
  balanceEquations(withTotals, template);
  return {
    ...computeTotals(withTotals),
    publishedOn: `${year + 1}-01-${String(10 + Math.floor(random() * 20)).padStart(2, '0')}`,
  };
}
