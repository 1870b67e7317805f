import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-policy.js';

describe('passwordWeakness', () => {
  it.each([
    ['Abc-123', '密码至少 8 个字符'],
    ['abcdefgh12', '密码须含大写字母、小写字母、数字、符号中的至少三类'],
    ['ABCDEFGH!!', '密码须含大写字母、小写字母、数字、符号中的至少三类'],
    ['Editor-2026', '密码不能包含用户名'],
  ])('refuses %s', (password, reason) => {
    expect(passwordWeakness({ password, username: 'editor' })).toBe(reason);
  });

  it.each(['Abcdefg1', 'abcdefg-1', 'ABCDEFG-1', '年报密码-Ab1'])('accepts %s', (password) => {
    expect(passwordWeakness({ password, username: 'editor' })).toBeUndefined();
  });

  it('counts characters, not UTF-16 units, against a configured minimum', () => {
    expect(passwordWeakness({ password: 'Ab1-𠮷𠮷𠮷𠮷𠮷', minLength: 10 })).toBe(
      '密码至少 10 个字符',
    );
    expect(passwordWeakness({ password: 'Ab1-𠮷𠮷𠮷𠮷𠮷𠮷', minLength: 10 })).toBeUndefined();
  });
});
