import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text as pdf.js extracts it, in PDF points from the page's top-left corner. */
export interface TextItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

export interface PdfPage {
  readonly items: readonly TextItem[];
  /** All text of the page, in drawing order, without separators. */
  readonly text: string;
}

export interface ReadPdf {
  readonly pages: readonly PdfPage[];
  readonly info: Record<string, unknown>;
  readonly width: number;
  readonly height: number;
}

/** Reads a PDF back with pdf.js: every page's text items with their positions, and the document info. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: PdfPage[] = [];
  let width = 0;
  let height = 0;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    width = viewport.width;
    height = viewport.height;
    const content = await page.getTextContent();
    const items = content.items.flatMap((item): TextItem[] =>
      'str' in item && item.str.trim() !== ''
        ? [
            {
              text: item.str,
              x: item.transform[4] as number,
              y: height - (item.transform[5] as number),
              width: item.width,
            },
          ]
        : [],
    );
    pages.push({ items, text: items.map((item) => item.text).join('') });
  }
  const { info } = await document.getMetadata();
  await document.destroy();
  return { pages, info: info as Record<string, unknown>, width, height };
}
