import { describe, expect, it } from 'vitest';
import { proseDiff, type DiffPart } from './prose-diff';

const textOf = (parts: readonly DiffPart[], kind: DiffPart['kind']) =>
  parts
    .filter((part) => part.kind === kind)
    .map((part) => part.text)
    .join('');
const newText = (parts: readonly DiffPart[]) =>
  parts
    .filter((part) => part.kind !== 'removed')
    .map((part) => part.text)
    .join('');
const oldText = (parts: readonly DiffPart[]) =>
  parts
    .filter((part) => part.kind !== 'added')
    .map((part) => part.text)
    .join('');

describe('proseDiff', () => {
  it('marks a sentence added in the middle of a Chinese paragraph and shows the paragraph whole', () => {
    const before = '本机关全年主动公开政府信息120条。依申请公开工作平稳有序。';
    const after =
      '本机关全年主动公开政府信息120条。新增公开重大项目批准信息8条。依申请公开工作平稳有序。';
    const { paragraphs, unchanged } = proseDiff(before, after);
    expect(paragraphs).toHaveLength(1);
    const [only = []] = paragraphs;
    expect(textOf(only, 'added')).toBe('新增公开重大项目批准信息8条。');
    expect(textOf(only, 'removed')).toBe('');
    expect(newText(only)).toBe(after);
    expect(unchanged).toBe(0);
  });

  it('shows only the changed paragraphs and counts the others', () => {
    const before = '第一段。\n第二段，原文。\n第三段。';
    const after = '第一段。\n第二段，改写后的文字。\n第三段。';
    const { paragraphs, unchanged } = proseDiff(before, after);
    expect(paragraphs).toHaveLength(1);
    const [only = []] = paragraphs;
    expect(oldText(only)).toBe('第二段，原文。');
    expect(newText(only)).toBe('第二段，改写后的文字。');
    expect(unchanged).toBe(2);
  });

  it('marks a removed character as removed', () => {
    const [only = []] = proseDiff('收到申请12件。', '收到申请2件。').paragraphs;
    expect(textOf(only, 'removed')).toBe('1');
    expect(newText(only)).toBe('收到申请2件。');
  });

  it('shows a paragraph added or removed whole', () => {
    const added = proseDiff('甲。', '甲。\n乙段新增。');
    expect(added.paragraphs).toEqual([[{ kind: 'added', text: '乙段新增。' }]]);
    const removed = proseDiff('甲。\n乙段删除。', '甲。');
    expect(
      removed.paragraphs
        .flat()
        .filter((p) => p.kind === 'removed')
        .map((p) => p.text),
    ).toEqual(['乙段删除。']);
  });

  it('finds no paragraphs when the texts are the same', () => {
    expect(proseDiff('同一段。\n又一段。', '同一段。\n又一段。')).toEqual({
      paragraphs: [],
      unchanged: 2,
    });
  });

  it('folds single kept characters between changes into the change', () => {
    const [only = []] = proseDiff('甲的乙', '丙的丁').paragraphs;
    expect(only).toEqual([
      { kind: 'removed', text: '甲的乙' },
      { kind: 'added', text: '丙的丁' },
    ]);
  });

  it('diffs a 20,000-character section with a sentence inserted quickly', () => {
    const sentence = '本年度依申请公开政府信息工作总体平稳，答复及时，程序规范。';
    const paragraph = (n: number) =>
      Array.from({ length: 20 }, (_, i) => `${sentence}第${n}段第${i}句。`).join('');
    const before = Array.from({ length: 30 }, (_, n) => paragraph(n)).join('\n');
    expect(before.length).toBeGreaterThan(20_000);
    const lines = before.split('\n');
    lines[15] = `${lines[15]?.slice(0, 200)}这是新增加的一句话。${lines[15]?.slice(200)}`;
    const start = performance.now();
    const { paragraphs, unchanged } = proseDiff(before, lines.join('\n'));
    expect(performance.now() - start).toBeLessThan(500);
    expect(paragraphs).toHaveLength(1);
    expect(textOf(paragraphs[0] ?? [], 'added')).toBe('这是新增加的一句话。');
    expect(unchanged).toBe(29);
  });
});
