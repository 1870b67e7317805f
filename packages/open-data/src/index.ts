export { openDataCsv } from './open-data-csv.js';
export { openDataColumns, openDataCells, type OpenDataCell } from './open-data-columns.js';
export { dataPackage, type DataPackage, type DataPackageField } from './data-package.js';
export { csvFormat } from './csv-format.js';
