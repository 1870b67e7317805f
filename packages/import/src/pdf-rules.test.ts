import { describe, expect, it } from 'vitest';
import { rulesOfOperators, type PathOps } from './pdf-rules.js';

const ops: PathOps = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  fill: 22,
  eoFill: 23,
  endPath: 28,
};
const stroke = 20;
// pdf.js path commands: 0 moveTo, 1 lineTo, 4 closePath.
const box = (x: number, y: number, w: number, h: number) =>
  new Float32Array([0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4]);

describe('rules drawn on a PDF page', () => {
  it('reads a stroked cell outline as its four sides, in points from the top-left', () => {
    const rules = rulesOfOperators({
      fnArray: [ops.constructPath],
      argsArray: [[stroke, [box(10, 700, 50, 20)], null]],
      ops,
      height: 800,
    });
    expect(rules).toEqual([
      { across: true, at: 80, from: 10, to: 60 },
      { across: true, at: 100, from: 10, to: 60 },
      { across: false, at: 10, from: 80, to: 100 },
      { across: false, at: 60, from: 80, to: 100 },
    ]);
  });

  it('reads a thin filled box as one rule, through the transforms in force, and ignores clips', () => {
    const rules = rulesOfOperators({
      fnArray: [ops.save, ops.transform, ops.constructPath, ops.restore, ops.constructPath],
      argsArray: [
        null,
        [0.5, 0, 0, 0.5, 0, 0],
        [ops.fill, [box(100, 100, 1, 200)], null],
        null,
        [ops.endPath, [box(0, 0, 50, 1)], null],
      ],
      ops,
      height: 800,
    });
    expect(rules).toEqual([{ across: false, at: 50.25, from: 650, to: 750 }]);
  });

  it('draws nothing from a filled area wider than a rule', () => {
    const rules = rulesOfOperators({
      fnArray: [ops.constructPath],
      argsArray: [[ops.fill, [box(10, 10, 100, 100)], null]],
      ops,
      height: 800,
    });
    expect(rules).toEqual([]);
  });
});
