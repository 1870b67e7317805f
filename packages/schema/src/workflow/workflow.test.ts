import { describe, expect, it } from 'vitest';
import { transitions } from './transitions.js';
import {
  editableStatuses,
  isEditableStatus,
  reportStatuses,
  roleNames,
  roles,
  statusNames,
} from './workflow.js';

const reachableFrom = (start: string): Set<string> => {
  const seen = new Set([start]);
  for (let size = 0; seen.size > size;) {
    size = seen.size;
    for (const { from, to } of transitions) if (from.some((s) => seen.has(s))) seen.add(to);
  }
  return seen;
};

describe('the workflow contract', () => {
  it('reaches every status from a new draft', () => {
    expect([...reachableFrom('draft')].sort()).toEqual([...reportStatuses].sort());
  });

  it('moves only between declared statuses', () => {
    for (const { from, to } of transitions)
      for (const status of [...from, to]) expect(reportStatuses).toContain(status);
    for (const status of editableStatuses) expect(reportStatuses).toContain(status);
  });

  it('names each action once and never moves a report to where it already is', () => {
    expect(new Set(transitions.map((t) => t.action)).size).toBe(transitions.length);
    for (const { from, to } of transitions) expect(from).not.toContain(to);
  });

  it('gives every status and role one distinct Chinese name', () => {
    const names = reportStatuses.map((status) => statusNames[status]);
    expect(new Set(names).size).toBe(reportStatuses.length);
    expect(Object.keys(statusNames).sort()).toEqual([...reportStatuses].sort());
    expect(Object.keys(roleNames).sort()).toEqual([...roles].sort());
    for (const name of [...names, ...Object.values(roleNames)]) expect(name).toMatch(/\p{sc=Han}/u);
  });

  it('lets only drafts and returned reports be edited', () => {
    expect(reportStatuses.filter(isEditableStatus)).toEqual(['draft', 'returned']);
  });

  it('lets an editor withdraw a submission only before it is reviewed', () => {
    const withdraw = transitions.find((t) => t.action === 'withdraw');
    expect(withdraw).toMatchObject({ from: ['submitted'], to: 'draft', actor: 'editor' });
  });

  it('lets only the step that publishes stamp the publication date', () => {
    const stamping = transitions.filter((t) => t.stampsPublishedOn);
    expect(stamping.map((t) => t.to)).toEqual(['published']);
  });

  it('lets no step leave a published report: a correction starts a new draft instead', () => {
    expect(transitions.filter((t) => t.from.includes('published'))).toEqual([]);
  });
});
