import { RenderError } from '@nianbao/pdf';
import type { RolledUpReport } from '@nianbao/schema';
import type { Context } from 'hono';
import type { ApiOutputFormat } from '../exports/output-formats.js';
import { renderProblem } from '../exports/render-pool.js';
import { contentDisposition } from '../http/content-disposition.js';
import { ProblemError } from '../http/problem.js';

/** The download name `<年>年度<机关>汇总.<ext>` and an ASCII fallback. */
export const rollupFileName = (sum: RolledUpReport, extension: string) => ({
  fileName: `${String(sum.year)}年度${sum.agency.name}汇总.${extension}`,
  fallback: `rollup-${String(sum.year)}.${extension}`,
});

/** The roll-up rendered in `format` (in the render pool) as an attachment; refusals are 422/503. */
export async function rollupExportResponse(
  c: Context,
  { format, sum }: { format: ApiOutputFormat; sum: RolledUpReport },
): Promise<Response> {
  let output: Uint8Array | string;
  try {
    output = await format.render(sum);
  } catch (error) {
    if (error instanceof RenderError) throw renderProblem(error);
    if (!(error instanceof Error)) throw error;
    const { findings } = error as { findings?: unknown };
    throw new ProblemError(422, error.message, findings === undefined ? {} : { findings });
  }
  return c.body(typeof output === 'string' ? output : (output as Uint8Array<ArrayBuffer>), 200, {
    'content-type': format.mediaType,
    'content-disposition': contentDisposition({
      ...rollupFileName(sum, format.extension),
      disposition: 'attachment',
    }),
  });
}
