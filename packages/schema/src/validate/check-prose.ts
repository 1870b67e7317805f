import { readPath } from '../report/cell-access.js';
import type { CopiedProseRule, Finding, ProseCoversRule } from '../rules/types.js';
import { fillMessage } from './message.js';
import { textMemo } from './text-memo.js';
import { textSimilarity } from './text-similarity.js';

const textAt = (report: unknown, address: string): string => {
  const text = readPath(report, address.split('.'));
  return typeof text === 'string' ? text : '';
};

type Topic = ProseCoversRule['topics'][number];
const mentions = new WeakMap<Topic, (text: string) => boolean>();
const mentionOf = (topic: Topic): ((text: string) => boolean) => {
  let mention = mentions.get(topic);
  if (!mention) {
    const pattern = new RegExp(topic.pattern, 'u');
    mentions.set(topic, (mention = textMemo((text) => pattern.test(text))));
  }
  return mention;
};
const similarities = new Map<string, (text: string) => number>();
const similarityTo = (before: string): ((text: string) => number) => {
  let similarity = similarities.get(before);
  if (!similarity) {
    if (similarities.size >= 64) similarities.clear();
    similarities.set(before, (similarity = textMemo((text) => textSimilarity(text, before))));
  }
  return similarity;
};

/** The topics a prose section (or, for some, another section) does not mention. */
export function checkProseCovers(rule: ProseCoversRule, report: unknown): Finding[] {
  const own = textAt(report, rule.field.address);
  if (own.trim() === '') return [];
  const texts = [own, ...rule.alsoIn.map((address) => textAt(report, address))];
  const missing = rule.topics.filter((topic) => !texts.some(mentionOf(topic)));
  if (missing.length === 0) return [];
  const message = fillMessage(rule.message, {
    section: rule.field.label,
    missing: missing.map((topic) => topic.label).join('、'),
  });
  return [{ rule: rule.id, severity: rule.severity, cells: [rule.field.address], message }];
}

/** Prose sections at least `threshold` the same text as last year's. */
export function checkCopiedProse(
  rule: CopiedProseRule,
  context: { report: unknown; previous?: unknown; previousName?: string },
): Finding[] {
  const { report, previous } = context;
  if (previous === undefined) return [];
  return rule.fields.flatMap((field) => {
    const text = textAt(report, field.address);
    const before = textAt(previous, field.address);
    if (text.trim() === '' || before.trim() === '') return [];
    const similarity = similarityTo(before)(text);
    if (similarity < rule.threshold) return [];
    const message = fillMessage(rule.message, {
      section: field.label,
      previous: context.previousName ?? '上年报告',
      percent: Math.floor(similarity * 100),
    });
    return [{ rule: rule.id, severity: rule.severity, cells: [field.address], message }];
  });
}
