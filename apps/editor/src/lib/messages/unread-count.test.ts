import { describe, expect, it } from 'vitest';
import { unreadLabel } from './unread-count.svelte';

describe('the unread badge', () => {
  it('tells a screen reader how many messages are unread', () => {
    expect(unreadLabel(3)).toBe('未读消息 3 条');
    expect(unreadLabel(0)).toBe('消息');
  });
});
