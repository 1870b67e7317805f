export { renderXlsx } from './render-xlsx.js';
export { xlsxFormat } from './xlsx-format.js';
