import { cellLabel, tableLayout, type CellDef, type TemplateDef } from '@nianbao/schema';

/** One value column of the open data: its cell and its Chinese title (heading, block, labels). */
export interface OpenDataCell {
  readonly cell: CellDef;
  readonly title: string;
}

/** The columns before the cells, as contract §4 names them. */
export const reportColumns = ['agency', 'year', 'publishedOn'] as const;

/** Every value cell of a format, in template order, with its Chinese title. */
export function openDataCells(template: TemplateDef): OpenDataCell[] {
  return template.sections.flatMap((section) => {
    if (section.kind !== 'table') return [];
    return tableLayout(section.table).blocks.flatMap((block) =>
      block.body.flatMap((row) =>
        row.flatMap((placed) =>
          placed.type === 'value'
            ? [
                {
                  cell: placed.cell,
                  title: [section.heading, block.title, cellLabel(placed.cell)]
                    .filter((part) => part !== undefined && part !== '')
                    .join(' · '),
                },
              ]
            : [],
        ),
      ),
    );
  });
}

/** The CSV header of a format: `agency,year,publishedOn,` then every cell address in template order. */
export const openDataColumns = (template: TemplateDef): string[] => [
  ...reportColumns,
  ...openDataCells(template).map(({ cell }) => cell.address),
];
