import { template2021, templateFor, validate, readPath } from '@nianbao/schema';
import pdfmake from 'pdfmake';
import { checkGlyphs } from './check-glyphs.js';
import {
  defaultFontFiles,
  fontRoles,
  loadFont,
  measureText,
  naturalLineHeight,
  type FontFiles,
  type FontRole,
  type LoadedFont,
} from './fonts.js';
import { RenderError } from './render-error.js';
import { cacheDecodedGlyphs } from './decoded-glyphs.js';
import { reuseParsedFont } from './embedded-fonts.js';
import { installInlineJoining } from './join-inlines.js';
import { reportDocument } from './report-document.js';

export interface RenderOptions {
  /** Render a report that has errors anyway; every page then says 未通过校验. */
  readonly force?: boolean;
  /** TTF/OTF files to use instead of the bundled Noto fonts, by role. */
  readonly fonts?: Partial<FontFiles>;
  /** The report corrects a published one: the title says （更正） and the reason follows it. */
  readonly correction?: { readonly reason: string };
  /** Ends the report with a 落款 (agency, and the publication date when it has one); default off. */
  readonly signOff?: boolean;
}

/** The words a forced render carries on every page. */
export const unvalidatedStamp = '未通过校验 · 不得作为正式文本发布';

interface VirtualFs {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Buffer): void;
}

// pdfmake's Node build reads fonts from its virtual file system first; its types omit it.
const virtualFs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
// Nothing is fetched or read from disk by pdfmake itself: fonts come through the virtual file system.
pdfmake.setUrlAccessPolicy(() => false);
(
  pdfmake as unknown as { setLocalAccessPolicy(policy: (path: string) => boolean): void }
).setLocalAccessPolicy(() => false);
installInlineJoining();

/** The pdfmake family of a font file: one per file, so renders with other fonts never mix. */
export function familyOf(font: LoadedFont): string {
  const name = `nianbao${font.path}`;
  if (!virtualFs.existsSync(name)) {
    virtualFs.writeFileSync(name, font.bytes);
    reuseParsedFont(name, font.font, font.bytes);
    cacheDecodedGlyphs(font.font);
  }
  return name;
}

function errorsOf(report: unknown) {
  return validate(report).filter((finding) => finding.severity === 'error');
}

/**
 * Renders a report as the official PDF (A4, GB/T 9704 layout). The same report and fonts give
 * byte-identical output. Refuses a report with errors unless `force`, and text a font cannot show.
 * @example const bytes = await renderReport(report); await writeFile('report.pdf', bytes);
 */
export async function renderReport(
  report: unknown,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const errors = errorsOf(report);
  if (errors.length > 0 && options.force !== true) {
    const lines = errors.slice(0, 5).map((finding) => `  ${finding.rule}：${finding.message}`);
    const more = errors.length > 5 ? [`  等共 ${errors.length} 个错误`] : [];
    throw new RenderError(
      'invalid',
      ['报告未通过校验，不能生成正式 PDF：', ...lines, ...more].join('\n'),
      errors,
    );
  }
  const files = { ...defaultFontFiles(), ...options.fonts };
  const fonts = Object.fromEntries(
    fontRoles.map((role) => [role, loadFont(files[role])]),
  ) as Record<FontRole, LoadedFont>;
  const template = templateFor(readPath(report, ['format'])) ?? template2021;
  const family = {
    body: familyOf(fonts.body),
    heading: familyOf(fonts.heading),
    title: familyOf(fonts.title),
    subhead: familyOf(fonts.subhead),
  };
  const { document, texts } = reportDocument({
    report,
    template,
    family,
    lineHeight: (role, size, pitch) => pitch / naturalLineHeight(fonts[role].font, size),
    measureAt: (size) => (text, role) => measureText(fonts[role], text, size),
    ...(errors.length > 0 ? { stamp: unvalidatedStamp } : {}),
    ...(options.correction ? { correction: options.correction } : {}),
    ...(options.signOff === true ? { signOff: true } : {}),
  });
  checkGlyphs(texts.uses, {
    body: fonts.body.font,
    heading: fonts.heading.font,
    title: fonts.title.font,
    subhead: fonts.subhead.font,
  });
  const faces = Object.fromEntries(
    Object.values(family).map((name) => [
      name,
      { normal: name, bold: name, italics: name, bolditalics: name },
    ]),
  );
  pdfmake.setFonts(faces);
  const buffer = await pdfmake.createPdf(document).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
