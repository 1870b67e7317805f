import { stampZipDates } from '@nianbao/schema';
import { Packer, type Document } from 'docx';

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeXml = (text: string): string => text.replace(/[&<>]/g, (c) => entities[c] ?? c);

const namespaces = [
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:dcterms="http://purl.org/dc/terms/"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
].join(' ');

/** docProps/core.xml with the given date where docx would write the clock's. */
function coreProperties(input: { title: string; subject: string; date: Date }): string {
  const when = `xsi:type="dcterms:W3CDTF">${input.date.toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties ${namespaces}>` +
    `<dc:title>${escapeXml(input.title)}</dc:title><dc:subject>${escapeXml(input.subject)}</dc:subject>` +
    `<dc:creator>nianbao</dc:creator><cp:lastModifiedBy>nianbao</cp:lastModifiedBy>` +
    `<dcterms:created ${when}</dcterms:created><dcterms:modified ${when}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

/**
 * A Word document as .docx bytes that depend on the document and `date` only: title, subject and
 * dates in docProps/core.xml, and every ZIP entry dated `date`, as docx would date them by the clock.
 */
export async function packDocx(
  document: Document,
  properties: { title: string; subject: string; date: Date },
): Promise<Uint8Array> {
  const core = { path: 'docProps/core.xml', data: coreProperties(properties) };
  const bytes = await Packer.toBuffer(document, false, [core]);
  return stampZipDates(new Uint8Array(bytes), properties.date);
}
