import { describe, expect, it } from 'vitest';
import type { Revision } from '$lib/api/api-client';
import { actionsFor, latestReturn, workflowActions } from './workflow-actions';

const labels = (...args: Parameters<typeof actionsFor>) => actionsFor(...args).map((a) => a.label);

describe('actionsFor', () => {
  it('offers an editor 提交审核 on a draft or a returned report, and 撤回 once submitted', () => {
    expect(labels('editor', 'draft')).toEqual(['提交审核']);
    expect(labels('editor', 'returned')).toEqual(['提交审核']);
    expect(labels('editor', 'submitted')).toEqual(['撤回']);
    expect(labels('editor', 'approved')).toEqual([]);
  });

  it('offers a reviewer 退回修改 and 审核通过 on a submitted report, then 发布 once approved', () => {
    expect(labels('reviewer', 'draft')).toEqual([]);
    expect(labels('reviewer', 'submitted')).toEqual(['退回修改', '审核通过']);
    expect(labels('reviewer', 'approved')).toEqual(['退回修改', '发布']);
    expect(labels('reviewer', 'published')).toEqual([]);
  });

  it('offers an admin what both roles may do', () => {
    expect(labels('admin', 'draft')).toEqual(['提交审核']);
    expect(labels('admin', 'submitted')).toEqual(['撤回', '退回修改', '审核通过']);
  });
});

describe('notes with workflow steps', () => {
  const revision = (number: number, action: string, comment: string | null): Revision => ({
    reportId: 'r',
    number,
    action,
    status: 'returned',
    userId: 'u',
    username: 'reviewer',
    name: null,
    comment,
    createdAt: '2026-01-10T08:00:00Z',
    changes: [],
  });

  it('asks why only when returning', () => {
    expect(workflowActions.filter((a) => a.asksFor).map((a) => [a.label, a.asksFor])).toEqual([
      ['退回修改', '退回意见'],
    ]);
  });

  it('finds the newest return note', () => {
    const history = [
      revision(2, 'return', '第一次'),
      revision(3, 'submit', '已改'),
      revision(4, 'return', '第二次'),
      revision(5, 'update', null),
    ];
    expect(latestReturn(history)?.comment).toBe('第二次');
    expect(latestReturn(history.slice(1, 2))).toBeUndefined();
  });
});
