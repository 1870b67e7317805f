import { describe, expect, it } from 'vitest';
import { parseCellText } from './normalise-number';

// The rules themselves are tested with parseCellEntry in @nianbao/schema.
describe('parseCellText', () => {
  it('reads an entry by the rules of the cell kind it is given', () => {
    expect(parseCellText('１，２３４', 'count')).toEqual({ ok: true, value: 1234 });
    expect(parseCellText('1.5', 'count')).toEqual({ ok: false, message: '应为整数' });
    expect(parseCellText('－3', 'signedCount')).toEqual({ ok: true, value: -3 });
    expect(parseCellText('5949.088667', 'amount')).toEqual({ ok: true, value: 5949.088667 });
    expect(parseCellText('1.2345678', 'amount')).toEqual({
      ok: false,
      message: '金额最多保留 6 位小数（单位：万元）',
    });
  });
});
