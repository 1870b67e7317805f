/** A ruled line on a PDF page, in points from the top-left: across at `at` from x `from` to `to`, or down. */
export interface PdfRule {
  readonly across: boolean;
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** pdf.js operator numbers this reader needs (its `OPS`). */
export interface PathOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly endPath: number;
}

type Matrix = ArrayLike<number>;

// A filled box thinner than this is a drawn rule (Chromium draws a 1px border as a 0.75pt fill).
const thin = 2.5;
// pdf.js path commands: moveTo, lineTo, curveTo, quadraticCurveTo, closePath, with their arguments.
const pathArguments = [2, 2, 6, 4, 0];

const times = (m: Matrix, n: Matrix): Matrix => [
  (m[0] ?? 1) * (n[0] ?? 1) + (m[2] ?? 0) * (n[1] ?? 0),
  (m[1] ?? 0) * (n[0] ?? 1) + (m[3] ?? 1) * (n[1] ?? 0),
  (m[0] ?? 1) * (n[2] ?? 0) + (m[2] ?? 0) * (n[3] ?? 1),
  (m[1] ?? 0) * (n[2] ?? 0) + (m[3] ?? 1) * (n[3] ?? 1),
  (m[0] ?? 1) * (n[4] ?? 0) + (m[2] ?? 0) * (n[5] ?? 0) + (m[4] ?? 0),
  (m[1] ?? 0) * (n[4] ?? 0) + (m[3] ?? 1) * (n[5] ?? 0) + (m[5] ?? 0),
];

/** Each sub-path's corner points, in page points from the top-left. */
function subPaths(path: ArrayLike<number>, m: Matrix, height: number): [number, number][][] {
  const found: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < path.length;) {
    const command = path[i++] ?? 4;
    const count = pathArguments[command] ?? 0;
    if (command === 0 && current.length > 0) {
      found.push(current);
      current = [];
    }
    if (count > 0) {
      const x = path[i + count - 2] ?? 0;
      const y = path[i + count - 1] ?? 0;
      const pageX = (m[0] ?? 1) * x + (m[2] ?? 0) * y + (m[4] ?? 0);
      const pageY = (m[1] ?? 0) * x + (m[3] ?? 1) * y + (m[5] ?? 0);
      current.push([pageX, height - pageY]);
    }
    i += count;
  }
  if (current.length > 0) found.push(current);
  return found;
}

/** A sub-path's rules: a thin box is one rule; a stroked outline gives its four sides. */
function rulesOfBox(points: readonly [number, number][], stroked: boolean): PdfRule[] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [left, right] = [Math.min(...xs), Math.max(...xs)];
  const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
  const across = (at: number): PdfRule => ({ across: true, at, from: left, to: right });
  const down = (at: number): PdfRule => ({ across: false, at, from: top, to: bottom });
  if (bottom - top <= thin && right - left > thin) return [across((top + bottom) / 2)];
  if (right - left <= thin && bottom - top > thin) return [down((left + right) / 2)];
  if (!stroked || right - left <= thin) return [];
  return [across(top), across(bottom), down(left), down(right)];
}

/** The rules a page draws, from its pdf.js operator list (transforms and form objects followed). */
export function rulesOfOperators(input: {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly unknown[];
  readonly ops: PathOps;
  readonly height: number;
}): PdfRule[] {
  const { fnArray, argsArray, ops, height } = input;
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(m);
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) m = stack.pop() ?? m;
    else if (fn === ops.transform && args) m = times(m, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(m);
      const matrix = args?.[0] as Matrix | null | undefined;
      if (matrix?.length === 6) m = times(m, matrix);
    } else if (fn === ops.constructPath && args) {
      const [paint, paths] = args as [number, (ArrayLike<number> | null)[] | undefined];
      const path = paths?.[0];
      if (paint === ops.endPath || !path) return;
      const stroked = paint !== ops.fill && paint !== ops.eoFill;
      for (const points of subPaths(path, m, height)) rules.push(...rulesOfBox(points, stroked));
    }
  });
  return rules;
}
