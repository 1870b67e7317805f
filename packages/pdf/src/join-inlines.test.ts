import { describe, expect, it } from 'vitest';
import { joinInlines } from './join-inlines.js';

const font = {};
const inline = (text: string, x: number, width: number, extra: Record<string, unknown> = {}) => ({
  text,
  x,
  width,
  font,
  fontSize: 16,
  height: 28.9,
  color: 'black',
  opacity: 1,
  sup: false,
  decoration: null,
  ...extra,
});

describe('joinInlines', () => {
  it('joins touching same-style inlines into one', () => {
    const joined = joinInlines([inline('公', 0, 16), inline('开', 16, 16), inline('2022', 32, 36)]);
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ text: '公开2022', x: 0, width: 68, characterSpacing: 0 });
  });

  it('turns even justification between single characters into character spacing', () => {
    const joined = joinInlines([
      inline('公', 0, 16),
      inline('开', 17, 16, { justifyShift: 1 }),
      inline('了', 34, 16, { justifyShift: 1 }),
    ]);
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ text: '公开了', characterSpacing: 1, width: 50 });
  });

  it('keeps a justified multi-character word apart, since spacing would also open it up', () => {
    const joined = joinInlines([inline('公', 0, 16), inline('2022', 17, 36, { justifyShift: 1 })]);
    expect(joined.map((i) => i.text)).toEqual(['公', '2022']);
  });

  it('keeps inlines of another size, colour or with decoration apart', () => {
    const joined = joinInlines([
      inline('一', 0, 16),
      inline('二', 16, 16, { fontSize: 22 }),
      inline('三', 32, 16, { decoration: 'underline' }),
      inline('四', 48, 16, { color: 'red' }),
    ]);
    expect(joined.map((i) => i.text)).toEqual(['一', '二', '三', '四']);
  });
});
