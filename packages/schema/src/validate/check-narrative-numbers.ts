import { readPath } from '../report/cell-access.js';
import type { Finding, NarrativeClaim, NarrativeNumbersRule } from '../rules/types.js';
import { fillMessage } from './message.js';
import { textMemo } from './text-memo.js';

const patterns = new WeakMap<NarrativeClaim, RegExp>();

/** The claim's words, a few characters of filler (共, 为, 的…), then a number and 件. */
function patternOf(claim: NarrativeClaim): RegExp {
  let pattern = patterns.get(claim);
  if (!pattern) {
    pattern = new RegExp(
      `(?:${claim.pattern})[^。；;，,\\d０-９]{0,8}?([0-9０-９][0-9０-９,，]*)\\s*件`,
      'g',
    );
    patterns.set(claim, pattern);
  }
  return pattern;
}

interface Stated {
  readonly stated: number;
  readonly quote: string;
}
const statements = new WeakMap<NarrativeClaim, (text: string) => readonly Stated[]>();

/** The figures a text states for a claim, with the clause that states each; remembered per text. */
function statedIn(claim: NarrativeClaim, text: string): readonly Stated[] {
  let read = statements.get(claim);
  if (!read) {
    read = textMemo((text) =>
      [...text.matchAll(patternOf(claim))].map((match) => ({
        stated: toNumber(match[1] ?? ''),
        quote: clauseOf(text, match.index, match.index + match[0].length),
      })),
    );
    statements.set(claim, read);
  }
  return read(text);
}

const toNumber = (digits: string): number =>
  Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/[,，]/g, ''));

/** The clause around a match: from the last 。，；or line break before it to the match's end. */
function clauseOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from =
    Math.max(...['。', '，', '；', '\n', ','].map((mark) => before.lastIndexOf(mark))) + 1;
  return text.slice(from, end).trim();
}

/** Numbers the prose states that disagree with the tables (totals computed from their parts). */
export function checkNarrativeNumbers(
  rule: NarrativeNumbersRule,
  report: unknown,
  totalOf: (address: string) => number,
): Finding[] {
  const findings: Finding[] = [];
  for (const field of rule.fields) {
    const text = readPath(report, field.address.split('.'));
    if (typeof text !== 'string' || !/件/.test(text)) continue;
    for (const claim of rule.claims) {
      for (const { stated, quote } of statedIn(claim, text)) {
        const sumOf = (cells: readonly string[]) =>
          cells.reduce((sum, address) => sum + totalOf(address), 0);
        const actual = sumOf(claim.cells);
        // A cell the importer could not read has no number: such a claim is not checked.
        if (Number.isNaN(actual)) continue;
        if (stated === actual || claim.alternatives?.some((cells) => sumOf(cells) === stated))
          continue;
        findings.push({
          rule: rule.id,
          severity: rule.severity,
          cells: [field.address, ...claim.cells],
          message: fillMessage(rule.message, {
            section: field.label,
            quote,
            label: claim.label,
            actual,
          }),
        });
      }
    }
  }
  return findings;
}
