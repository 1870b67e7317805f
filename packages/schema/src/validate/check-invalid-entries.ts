import { readPath } from '../report/cell-access.js';
import { entryMessages } from '../report/cell-kinds.js';
import { parseCellEntry } from '../report/parse-cell-entry.js';
import type { Finding, InvalidEntryRule } from '../rules/types.js';
import { tableCells } from '../template/cells.js';
import { tablesOf, type TemplateDef } from '../template/template.js';
import type { CellKind } from '../template/types.js';
import { fieldNamesOf } from './field-names.js';
import { fillMessage } from './message.js';

const kinds = new WeakMap<TemplateDef, ReadonlyMap<string, CellKind>>();

function kindsOf(template: TemplateDef): ReadonlyMap<string, CellKind> {
  let found = kinds.get(template);
  if (!found) {
    found = new Map(
      tablesOf(template)
        .flatMap(tableCells)
        .map((c) => [c.address, c.kind]),
    );
    kinds.set(template, found);
  }
  return found;
}

/**
 * The entries a report keeps as typed (`invalidEntries`: address → text), those of its cells
 * only; anything else there is the schema's to report.
 */
export function invalidEntriesOf(report: unknown, template: TemplateDef): [string, string][] {
  const entries = readPath(report, ['invalidEntries']);
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return [];
  const known = kindsOf(template);
  return Object.entries(entries as Record<string, unknown>).flatMap(([address, text]) =>
    known.has(address) && typeof text === 'string' ? [[address, text] as [string, string]] : [],
  );
}

/** One `entry.invalid` finding per entry kept as typed, saying why it is not a number. */
export function checkInvalidEntries(
  rule: InvalidEntryRule,
  report: unknown,
  template: TemplateDef,
): Finding[] {
  const known = kindsOf(template);
  return invalidEntriesOf(report, template).map(([address, text]) => {
    const parsed = parseCellEntry(known.get(address) ?? 'count', text);
    const reason = parsed.ok ? '' : parsed.message;
    const problem =
      parsed.ok || reason === entryMessages.notNumber || reason === entryMessages.tooLarge
        ? rule.problems.notNumber
        : fillMessage(rule.problems.broken, { reason });
    const cell = fieldNamesOf(template).get(address) ?? address;
    return {
      rule: rule.id,
      severity: rule.severity,
      cells: [address],
      message: fillMessage(rule.message, { text, problem, cell }),
    };
  });
}
