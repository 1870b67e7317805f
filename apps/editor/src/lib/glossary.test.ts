import { describe, expect, it } from 'vitest';
import { personName } from './glossary';

describe('personName', () => {
  it('shows the name when the account has one', () => {
    expect(personName({ username: 'zhangsan', name: '张三' })).toBe('张三');
  });

  it('falls back to the login when the name is missing or blank', () => {
    expect(personName({ username: 'zhangsan', name: null })).toBe('zhangsan');
    expect(personName({ username: 'zhangsan', name: '  ' })).toBe('zhangsan');
    expect(personName({ username: 'zhangsan' })).toBe('zhangsan');
  });

  it('says who is unknown when neither is recorded', () => {
    expect(personName({ username: null, name: null })).toBe('系统');
    expect(personName({ username: null, name: null }, '审核人')).toBe('审核人');
  });
});
