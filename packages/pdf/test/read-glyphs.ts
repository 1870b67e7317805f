import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One glyph as drawn: its character, face, size, colour and origin on the page, in points. */
export interface DrawnGlyph {
  readonly page: number;
  readonly text: string;
  readonly font: string;
  readonly size: number;
  readonly color: string;
  readonly x: number;
  readonly y: number;
}

/** What a page shows: its glyphs one by one, and its paths (rules, borders) with their transform. */
export interface Drawing {
  readonly glyphs: DrawnGlyph[];
  readonly paths: string[];
  /** Text objects (BT … ET) drawn: fewer when inlines are joined. */
  readonly textObjects: number;
}

type Matrix = [number, number, number, number, number, number];
interface PdfGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
}

interface State {
  ctm: Matrix;
  font: string;
  size: number;
  color: string;
  charSpacing: number;
  wordSpacing: number;
  scale: number;
}

const identity: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const asMatrix = (value: unknown): Matrix => Array.from(value as ArrayLike<number>) as Matrix;
const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Reads a PDF back with pdf.js and follows its text operators: every glyph where it lands, so
 * two PDFs that draw the same text in different text objects still compare equal.
 */
export async function readGlyphs(bytes: Uint8Array): Promise<Drawing> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const glyphs: DrawnGlyph[] = [];
  const paths: string[] = [];
  let textObjects = 0;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const list = await page.getOperatorList();
    const fontName = (id: string): string =>
      String((page.commonObjs.get(id) as { name?: string }).name).replace(/^[A-Z]{6}\+/, '');
    // Text state (spacing, font) is part of the graphics state: q and Q save and restore it.
    const stack: State[] = [];
    let state: State = {
      ctm: identity,
      font: '',
      size: 0,
      color: '',
      charSpacing: 0,
      wordSpacing: 0,
      scale: 1,
    };
    let line = identity;
    let text = identity;
    list.fnArray.forEach((fn, index) => {
      const args = list.argsArray[index] as unknown[];
      switch (fn) {
        case OPS.save:
          stack.push({ ...state });
          break;
        case OPS.restore:
          state = stack.pop() ?? state;
          break;
        case OPS.transform:
          state.ctm = multiply(asMatrix(args), state.ctm);
          break;
        case OPS.setFillRGBColor:
          state.color = String(args[0]);
          break;
        case OPS.beginText:
          textObjects++;
          line = text = identity;
          break;
        case OPS.setTextMatrix:
          line = text = asMatrix(args[0]);
          break;
        case OPS.moveText:
          line = text = multiply([1, 0, 0, 1, Number(args[0]), Number(args[1])], line);
          break;
        case OPS.setFont:
          state.font = fontName(String(args[0]));
          state.size = Number(args[1]);
          break;
        case OPS.setCharSpacing:
          state.charSpacing = Number(args[0]);
          break;
        case OPS.setWordSpacing:
          state.wordSpacing = Number(args[0]);
          break;
        case OPS.setHScale:
          state.scale = Number(args[0]) / 100;
          break;
        case OPS.showText: {
          const { ctm, font, size, color, charSpacing, wordSpacing, scale } = state;
          for (const item of args[0] as (PdfGlyph | number)[]) {
            if (typeof item === 'number') {
              text = multiply([1, 0, 0, 1, (-item / 1000) * size * scale, 0], text);
              continue;
            }
            const [, , , , x, y] = multiply(text, ctm);
            glyphs.push({
              page: number,
              text: item.unicode,
              font,
              size,
              color,
              x: round(x),
              y: round(y),
            });
            const advance =
              ((item.width / 1000) * size + charSpacing + (item.isSpace ? wordSpacing : 0)) * scale;
            text = multiply([1, 0, 0, 1, advance, 0], text);
          }
          break;
        }
        case OPS.constructPath:
          // pdfmake fills before each text with no path drawn (an empty `f`): nothing to see.
          if (JSON.stringify(args[1]) !== '[null]')
            paths.push(`${number} ${JSON.stringify(state.ctm.map(round))} ${JSON.stringify(args)}`);
          break;
        case OPS.showSpacedText:
        case OPS.nextLine:
        case OPS.nextLineShowText:
        case OPS.nextLineSetSpacingShowText:
        case OPS.setLeadingMoveText:
        case OPS.setTextRise:
          throw new Error(`readGlyphs does not follow operator ${fn}`);
      }
    });
  }
  await document.destroy();
  return { glyphs, paths, textObjects };
}
