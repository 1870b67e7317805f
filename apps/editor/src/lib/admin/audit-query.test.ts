import { describe, expect, it } from 'vitest';
import { auditQuery } from './audit-query';

describe('auditQuery', () => {
  it('leaves out empty fields', () => {
    expect(auditQuery({ user: ' ', action: '', from: '', to: '' })).toEqual({});
  });

  it('takes whole Beijing days, the last one included', () => {
    expect(
      auditQuery({ user: 'admin', action: 'logout', from: '2026-11-01', to: '2026-11-30' }),
    ).toEqual({
      user: 'admin',
      action: 'logout',
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    });
  });
});
