import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from './login-throttle.js';

describe('createLoginThrottle', () => {
  const clock = (start = 0) => {
    let time = start;
    return { now: () => time, advance: (ms: number) => (time += ms) };
  };

  it('locks a name after maxFailures failures until its window has passed', () => {
    const { now, advance } = clock();
    const throttle = createLoginThrottle({ maxFailures: 3, windowMs: 60_000, now });
    for (let i = 0; i < 2; i++) throttle.recordFailure('editor');
    expect(throttle.retryAfter('editor')).toBe(0);
    advance(10_000);
    throttle.recordFailure('Editor ');
    expect(throttle.retryAfter('EDITOR')).toBe(50);
    expect(throttle.retryAfter('reviewer')).toBe(0);
    advance(49_500);
    expect(throttle.retryAfter('editor')).toBe(1);
    advance(500);
    expect(throttle.retryAfter('editor')).toBe(0);
  });

  it('forgets the failures of a name that logs in', () => {
    const throttle = createLoginThrottle({ maxFailures: 2 });
    throttle.recordFailure('editor');
    throttle.recordSuccess('editor');
    throttle.recordFailure('editor');
    expect(throttle.retryAfter('editor')).toBe(0);
  });

  it('keeps at most maxNames names', () => {
    const throttle = createLoginThrottle({ maxFailures: 1, maxNames: 2 });
    for (const name of ['a', 'b', 'c']) throttle.recordFailure(name);
    expect(['a', 'b', 'c'].map((name) => throttle.retryAfter(name) > 0)).toEqual([
      false,
      true,
      true,
    ]);
  });
});
