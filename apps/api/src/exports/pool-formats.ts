// The output formats a render-pool thread loads by name (see render-pool.ts): one module, so
// the built API and the sources under test find them the same way.
export { docxFormat } from '@nianbao/docx';
export { htmlFormat } from '@nianbao/html';
export { csvFormat } from '@nianbao/open-data';
export { xlsxFormat } from '@nianbao/xlsx';
