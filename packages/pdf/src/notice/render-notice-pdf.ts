import pdfmake from 'pdfmake';
import {
  defaultFontFiles,
  fontRoles,
  loadFont,
  naturalLineHeight,
  type FontRole,
  type LoadedFont,
} from '../fonts.js';
import { pageStyle } from '../page-style.js';
import { familyOf } from '../render-report.js';
import { noticeDefinition } from './notice-definition.js';
import type { NoticeDocument } from '@nianbao/schema';

/**
 * A 通报 as a PDF (bytes): A4 with GB/T 9704 margins, title in 二号, body in 三号 at 22 lines a page,
 * the bundled Noto and 霞鹜文楷 fonts embedded, page numbers “— N —”, the 落款 at the right.
 * @example await writeFile('通报.pdf', await renderNoticePdf(notice));
 */
export async function renderNoticePdf(notice: NoticeDocument): Promise<Uint8Array> {
  const files = defaultFontFiles();
  const fonts = Object.fromEntries(
    fontRoles.map((role) => [role, loadFont(files[role])]),
  ) as Record<FontRole, LoadedFont>;
  const family = Object.fromEntries(
    fontRoles.map((role) => [role, familyOf(fonts[role])]),
  ) as Record<FontRole, string>;
  pdfmake.setFonts(
    Object.fromEntries(
      Object.values(family).map((name) => [
        name,
        { normal: name, bold: name, italics: name, bolditalics: name },
      ]),
    ),
  );
  const definition = noticeDefinition(notice, {
    family,
    lineHeight: (role) =>
      pageStyle.linePitch / naturalLineHeight(fonts[role].font, pageStyle.bodySize),
  });
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
