import { describe, expect, it } from 'vitest';
import { formatTime } from './format-time';

describe('formatTime', () => {
  it('shows an ISO time in Beijing time', () => {
    expect(formatTime('2026-11-29T19:30:05.123Z')).toBe('2026-11-30 03:30:05');
  });

  it('leaves text that is not a time as it is', () => {
    expect(formatTime('soon')).toBe('soon');
  });
});
