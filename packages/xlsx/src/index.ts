export { renderXlsx } from './render-xlsx.js';
export { xlsxFormat } from './xlsx-format.js';
export { renderListXlsx, type ListColumn, type ListSheet } from './list-sheet.js';
