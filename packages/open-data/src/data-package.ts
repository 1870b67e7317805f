import { templateFor, type CellKind } from '@nianbao/schema';
import { openDataCells } from './open-data-columns.js';

/** A Frictionless Table Schema field. */
export interface DataPackageField {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly type: 'string' | 'integer' | 'number' | 'date';
  readonly constraints?: { readonly required?: boolean; readonly minimum?: number };
}

/** A Frictionless Data `datapackage.json` with one CSV resource. */
export interface DataPackage {
  readonly profile: 'tabular-data-package';
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly resources: readonly {
    readonly name: string;
    readonly path: string;
    readonly profile: 'tabular-data-resource';
    readonly format: 'csv';
    readonly mediatype: 'text/csv';
    readonly encoding: 'utf-8-sig';
    readonly schema: { readonly fields: readonly DataPackageField[] };
  }[];
}

const kinds: Readonly<Record<CellKind, Pick<DataPackageField, 'type' | 'description'>>> = {
  count: { type: 'integer', description: 'count (items, requests or cases), 0 or more' },
  signedCount: { type: 'integer', description: 'change in a count, may be negative' },
  amount: { type: 'number', description: 'amount in units of 10,000 yuan, up to 6 decimals' },
};

const reportFields: readonly DataPackageField[] = [
  {
    name: 'agency',
    title: '机关名称',
    description: 'Name of the reporting agency',
    type: 'string',
  },
  { name: 'year', title: '报告年度', description: 'Report year', type: 'integer' },
  {
    name: 'publishedOn',
    title: '发布日期',
    description: 'Publication date (ISO 8601)',
    type: 'date',
  },
];

/**
 * The Frictionless Data `datapackage.json` describing `openDataCsv`'s columns for one format:
 * Chinese title from the cell's labels, English description, type; throws for an unknown format.
 * @example await writeFile('datapackage.json', JSON.stringify(dataPackage('2021'), null, 2));
 */
export function dataPackage(format: string, path = 'open-data.csv'): DataPackage {
  const template = templateFor(format);
  if (!template) throw new Error(`不认识的报告格式：${format}`);
  const fields = openDataCells(template).map(({ cell, title }): DataPackageField => {
    const kind = kinds[cell.kind];
    return {
      name: cell.address,
      title,
      description: `Table ${cell.table}, row ${cell.record}, column ${cell.field}: ${kind.description}${cell.isTotal ? ' (a total)' : ''}`,
      type: kind.type,
      constraints: { required: true, ...(cell.kind === 'signedCount' ? {} : { minimum: 0 }) },
    };
  });
  return {
    profile: 'tabular-data-package',
    name: `nianbao-open-data-${format.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}`,
    title: `政府信息公开工作年度报告开放数据（${template.name}）`,
    description: `Annual reports on government information disclosure, one row per published report, one column per table cell (${template.basis}).`,
    resources: [
      {
        name: 'reports',
        path,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        schema: { fields: [...reportFields, ...fields] },
      },
    ],
  };
}
