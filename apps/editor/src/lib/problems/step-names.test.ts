import { describe, expect, it } from 'vitest';
import { stepLine } from './step-names';

describe('stepLine', () => {
  it('reads a step as Beijing time, the person, the step and its note', () => {
    const line = stepLine({
      number: 2,
      action: 'reopen',
      status: 'open',
      userId: null,
      userName: '张三',
      note: '仍缺表三',
      reportId: null,
      at: '2026-01-05T16:30:00.000Z',
    });
    expect(line).toMatch(/^2026\/1\/6 00:30 张三 复核不通过：仍缺表三$/);
  });
});
