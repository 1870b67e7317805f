import { createRequire } from 'node:module';
import { arePatchesBypassed, countUse, markApplied } from './patch-status.js';

/*
 * pdfmake draws every inline as its own PDF text object, and Chinese text breaks into one inline
 * per character: thousands of text objects per page. Before a line is drawn, neighbours with the
 * same style are joined into one string (a justified line's even extra spacing becomes character
 * spacing), so each line is a handful of text objects: smaller files, faster rendering, same
 * glyph positions. pdfmake marks this as a TODO itself (Renderer.renderLine: optimizeInlines).
 * Written against pdfmake 0.3; if its shape changes, lines are drawn as they come (and
 * patch-status.test.ts fails).
 */

interface Inline {
  text: string;
  x: number;
  width: number;
  font: unknown;
  fontSize: number;
  height?: number;
  color?: unknown;
  opacity?: unknown;
  characterSpacing?: number;
  justifyShift?: number;
  [key: string]: unknown;
}
interface Line {
  inlines: Inline[];
  _pageNodeRef?: unknown;
}
type RenderLine = (this: unknown, line: Line, x: number, y: number) => unknown;

/** Properties that make an inline more than plain text; such inlines are drawn alone. */
const special = [
  'decoration',
  'background',
  'link',
  'linkToPage',
  'linkToDestination',
  '_pageNodeRef',
  'sup',
  'sub',
  'fontFeatures',
];

const isPlain = (inline: Inline): boolean =>
  !inline.characterSpacing && special.every((key) => !inline[key]);

const isSingle = (inline: Inline): boolean => [...inline.text].length === 1;

interface Run {
  readonly inlines: Inline[];
  /** Extra space between characters (a justified line's), drawn as character spacing. */
  shift: number;
}

function sameStyle(a: Inline, b: Inline): boolean {
  return (
    a.font === b.font &&
    a.fontSize === b.fontSize &&
    a.color === b.color &&
    a.opacity === b.opacity &&
    a.height === b.height
  );
}

/** Whether `next` continues `run` exactly: same style, and where character spacing puts it. */
function continues(run: Run, next: Inline): { ok: boolean; shift: number } {
  const [first] = run.inlines;
  const last = run.inlines.at(-1);
  if (!first || !last || !isPlain(next) || !sameStyle(first, next)) return { ok: false, shift: 0 };
  const gap = next.x - (last.x + last.width);
  const shift = run.inlines.length === 1 ? gap : run.shift;
  const isEven = Math.abs(gap - shift) < 0.001 && shift > -0.001;
  // Character spacing adds after every glyph, so a shift is exact only between single characters.
  const isExact = Math.abs(shift) < 0.001 || (isSingle(next) && run.inlines.every(isSingle));
  return { ok: isEven && isExact, shift };
}

function joinRun(run: Run): Inline {
  const [first] = run.inlines;
  const last = run.inlines.at(-1);
  if (!first || !last) throw new Error('empty run');
  if (run.inlines.length === 1) return first;
  return {
    ...first,
    text: run.inlines.map((inline) => inline.text).join(''),
    width: last.x + last.width - first.x,
    characterSpacing: Math.abs(run.shift) < 0.001 ? 0 : run.shift,
    justifyShift: 0,
  };
}

/** A line's inlines with same-style neighbours joined. */
export function joinInlines(inlines: readonly Inline[]): Inline[] {
  const joined: Inline[] = [];
  let run: Run | undefined;
  for (const inline of inlines) {
    const next = run ? continues(run, inline) : { ok: false, shift: 0 };
    if (run && next.ok) {
      run.inlines.push(inline);
      run.shift = next.shift;
      continue;
    }
    if (run) joined.push(joinRun(run));
    run = isPlain(inline) ? { inlines: [inline], shift: 0 } : undefined;
    if (!run) joined.push(inline);
  }
  if (run) joined.push(joinRun(run));
  return joined;
}

let isInstalled = false;

/** Teaches pdfmake's renderer to join same-style inlines before drawing a line. */
export function installInlineJoining(): void {
  if (isInstalled) return;
  isInstalled = true;
  try {
    const require = createRequire(import.meta.url);
    const module = require('pdfmake/js/Renderer.js') as {
      default?: { prototype: { renderLine?: RenderLine } };
    };
    const prototype = module.default?.prototype;
    const original = prototype?.renderLine;
    // renderLine(line, x, y) draws line.inlines one by one: anything else is not what is patched.
    if (!prototype || typeof original !== 'function' || original.length !== 3) return;
    prototype.renderLine = function renderLine(line, x, y) {
      if (line._pageNodeRef !== undefined || line.inlines.length < 2 || arePatchesBypassed())
        return original.call(this, line, x, y);
      countUse('inlineJoining');
      const joined: Line = Object.create(line) as Line;
      joined.inlines = joinInlines(line.inlines);
      return original.call(this, joined, x, y);
    };
    markApplied('inlineJoining');
  } catch {
    // pdfmake laid out differently: draw lines as they come.
  }
}
