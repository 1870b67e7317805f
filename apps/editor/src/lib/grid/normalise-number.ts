import { parseCellEntry, type CellKind, type ParsedEntry } from '@nianbao/schema';

export { formatCellValue } from '@nianbao/schema';

/**
 * Reads a number typed or pasted into a cell of the given kind, by the schema's one reading of
 * entries (`parseCellEntry`): empty is 0, full-width digits and separators accepted.
 * @example parseCellText('１，２３４', 'count') // { ok: true, value: 1234 }
 */
export const parseCellText = (text: string, kind: CellKind): ParsedEntry =>
  parseCellEntry(kind, text);
