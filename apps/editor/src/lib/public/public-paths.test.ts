import { describe, expect, it } from 'vitest';
import { isPublicPath } from './public-paths';

describe('isPublicPath', () => {
  it('lets the public reading pages through', () => {
    expect(isPublicPath('/public/reports')).toBe(true);
    expect(isPublicPath('/public/reports/abc')).toBe(true);
  });

  it('keeps every other page behind the login', () => {
    for (const path of ['/', '/reports/abc', '/publication', '/publicreports', '/admin/public/'])
      expect(isPublicPath(path)).toBe(false);
  });
});
