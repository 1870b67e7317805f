import { computeTotals, emptyReport, template2021 } from '@nianbao/schema';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { ReportEditor } from './report-editor.svelte';

const blank = () =>
  emptyReport(template2021, { year: 2023, agency: { name: '测试机关', level: 'county' } });
const rules = (editor: ReportEditor) => editor.findings.map((f) => f.rule);

describe('ReportEditor', () => {
  it('computes totals and re-validates as cells change', () => {
    const editor = new ReportEditor(blank(), { isEditable: true });
    expect(rules(editor)).not.toContain('requests.balance');
    editor.setCells(new Map([['requests.received.natural', 3]]));
    flushSync();
    expect(editor.valueAt('requests.received.total')).toBe(3);
    expect(rules(editor)).toContain('requests.balance');
    expect(editor.findingsAt('requests.received.natural').length).toBeGreaterThan(0);
    editor.setCells(new Map([['requests.granted.natural', 3]]));
    expect(rules(editor)).not.toContain('requests.balance');
    expect(editor.errorCount).toBe(0);
  });

  it('names the cell just typed as the suspect, and applies the certain fix as one undo step', () => {
    const editor = new ReportEditor(blank(), { isEditable: true });
    editor.setCells(new Map([['requests.granted.natural', 10]]));
    editor.sealEdit();
    editor.setCells(new Map([['requests.received.natural', 12]]));
    const [finding] = editor.findings.filter((f) => f.severity === 'error');
    expect(finding?.suspects).toEqual(['requests.received.natural']);
    editor.setCells(new Map([['requests.received.natural', 10]]));
    expect(editor.errorCount).toBe(0);
    editor.sealEdit();
    editor.setCells(new Map([['requests.received.natural', 15]]));
    const [typo] = editor.findings.filter((f) => f.severity === 'error');
    expect(typo?.fix).toEqual({ cell: 'requests.received.natural', value: 10 });
    expect(editor.applyFix(typo!)).toBe('requests.received.natural');
    expect(editor.errorCount).toBe(0);
    editor.undo();
    expect(editor.valueAt('requests.received.natural')).toBe(15);
  });

  it('accepts a warning with a reason, until its section is edited', () => {
    const editor = new ReportEditor(blank(), { isEditable: true });
    const [warning] = editor.findings.filter((f) => f.severity === 'warning');
    editor.acceptWarning(warning!, '本年无此事项');
    const accepted = editor.findings.find((f) => f.rule === warning!.rule);
    expect(accepted).toMatchObject({ accepted: true, reason: '本年无此事项' });
    expect(editor.report.accepted?.[0]?.reason).toBe('本年无此事项');
    const [cell] = warning!.cells;
    editor.setNarrative(cell!.replace('narrative.', ''), '有了内容');
    expect(editor.findings.some((f) => f.accepted)).toBe(false);
  });

  it("leaves out the warnings the agency's rule pack switches off", () => {
    const editor = new ReportEditor(blank(), { isEditable: true });
    const [warning] = editor.findings.filter((f) => f.severity === 'warning');
    editor.pack = { rules: { [warning!.rule]: 'off' } };
    expect(rules(editor)).not.toContain(warning!.rule);
  });

  it('checks last year with the cross-year rules when it has last year', () => {
    const last = blank();
    last.year = 2022;
    last.requests.carriedForward!.natural = 2;
    const editor = new ReportEditor(blank(), { isEditable: true, previous: computeTotals(last) });
    expect(rules(editor)).toContain('crossYear.carriedOver');
    editor.setCells(new Map([['requests.carriedOver.natural', 2]]));
    expect(rules(editor)).not.toContain('crossYear.carriedOver');
  });

  it('undoes and redoes cell edits, one typed visit or one paste at a time', () => {
    const editor = new ReportEditor(blank(), { isEditable: true });
    editor.setCells(new Map([['proactive.fees.amount', 1]]), 'visit-1');
    editor.setCells(new Map([['proactive.fees.amount', 12.5]]), 'visit-1');
    editor.sealEdit();
    editor.paste({
      changes: [
        { address: 'appeals.review.upheld', value: 1 },
        { address: 'appeals.review.other', value: 2 },
      ],
      rejected: [{ address: 'appeals.review.pending', text: 'x', message: '请输入数字' }],
      totals: [],
      outside: 0,
    });
    expect(editor.valueAt('appeals.review.total')).toBe(3);
    expect(editor.invalidAt('appeals.review.pending')).toBe('x');
    expect(rules(editor)).toContain('entry.invalid');
    expect(editor.undo()).toBe('appeals.review.upheld');
    expect(editor.valueAt('appeals.review.total')).toBe(0);
    expect(editor.report.invalidEntries).toBeUndefined();
    expect(editor.undo()).toBe('proactive.fees.amount');
    expect(editor.valueAt('proactive.fees.amount')).toBe(0);
    expect(editor.redo()).toBe('proactive.fees.amount');
    expect(editor.valueAt('proactive.fees.amount')).toBe(12.5);
  });

  it('keeps an entry that is not a number as typed, beside the number the cell held', () => {
    const editor = new ReportEditor(blank(), { isEditable: true });
    editor.setCells(
      new Map([
        ['requests.received.natural', 4],
        ['requests.granted.natural', 4],
      ]),
    );
    editor.setCells(new Map([['requests.received.natural', '五']]), 'visit-2');
    expect(editor.invalidAt('requests.received.natural')).toBe('五');
    expect(editor.computed.invalidEntries).toEqual({ 'requests.received.natural': '五' });
    expect(editor.valueAt('requests.received.natural')).toBe(4);
    expect(editor.invalidCount).toBe(1);
    expect(editor.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'entry.invalid',
    ]);
    editor.setCells(new Map([['requests.received.natural', 5]]), 'visit-2');
    expect(editor.report.invalidEntries).toBeUndefined();
    expect(editor.undo()).toBe('requests.received.natural');
    expect(editor.valueAt('requests.received.natural')).toBe(4);
    expect(editor.invalidCount).toBe(0);
    expect(editor.errorCount).toBe(0);
  });

  it('counts every change for autosave, and changes nothing when it may not edit', () => {
    const editor = new ReportEditor(blank(), { isEditable: true });
    editor.setCells(new Map([['requests.received.natural', 1]]));
    editor.setNarrative('other', '无。');
    editor.setCells(new Map([['requests.received.natural', 1]])); // no change
    expect(editor.changes).toBe(2);
    const locked = new ReportEditor(blank(), { isEditable: false });
    locked.setCells(new Map([['requests.received.natural', 1]]));
    locked.setNarrative('other', '无。');
    expect(locked.changes).toBe(0);
    expect(locked.valueAt('requests.received.natural')).toBe(0);
  });
});
