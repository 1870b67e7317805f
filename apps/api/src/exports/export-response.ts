import type { Context } from 'hono';
import type { StoredReport } from '../db/repository.js';
import { contentDisposition } from '../http/content-disposition.js';
import { exportFileName } from './export-file-name.js';
import type { ApiOutputFormat } from './output-formats.js';
import { renderExport } from './render-export.js';

/** The report rendered in `format`, offered for download under its Chinese file name. */
export async function exportResponse(
  c: Context,
  { format, stored }: { format: ApiOutputFormat; stored: StoredReport },
): Promise<Response> {
  const output = await renderExport(format, stored);
  return c.body(typeof output === 'string' ? output : (output as Uint8Array<ArrayBuffer>), 200, {
    'content-type': format.mediaType,
    'content-disposition': contentDisposition({
      ...exportFileName(stored, format.extension),
      disposition: 'attachment',
    }),
  });
}
