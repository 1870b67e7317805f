import { tableCells } from '../template/cells.js';
import type { TemplateDef } from '../template/template.js';
import type { Finding } from '../rules/types.js';

const cache = new WeakMap<TemplateDef, ReadonlyMap<string, number>>();

/** Every address's place in the printed report: header fields, then sections in order, cells by row. */
function positionsOf(template: TemplateDef): ReadonlyMap<string, number> {
  let positions = cache.get(template);
  if (positions) return positions;
  const order = ['year', 'agency.name', 'agency.level', 'publishedOn'];
  for (const section of template.sections)
    order.push(
      ...(section.kind === 'prose'
        ? [`narrative.${section.id}`]
        : tableCells(section.table).map((cell) => cell.address)),
    );
  positions = new Map(order.map((address, i) => [address, i]));
  cache.set(template, positions);
  return positions;
}

/** The findings sorted by where their first cell is printed (stable; unknown cells first). */
export function inDocumentOrder(template: TemplateDef, findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const positions = positionsOf(template);
  const placeOf = (finding: Finding): number =>
    finding.cells.reduce((min, cell) => Math.min(min, positions.get(cell) ?? -1), Infinity);
  return findings
    .map((finding, i) => ({ finding, place: placeOf(finding), i }))
    .sort((a, b) => a.place - b.place || a.i - b.i)
    .map(({ finding }) => finding);
}
