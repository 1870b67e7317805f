import type { ProblemItem } from './problems-api';

/** Each history step's Chinese name. */
export const stepNames: Record<ProblemItem['steps'][number]['action'], string> = {
  generate: '列入问题清单',
  rectify: '标记已整改',
  verify: '复核通过',
  reopen: '复核不通过',
};

/** A step as one line: when (Beijing time, to the minute), who, what, and the note. */
export function stepLine(step: ProblemItem['steps'][number]): string {
  const when = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(step.at));
  const note = step.note ? `：${step.note}` : '';
  return `${when} ${step.userName ?? ''} ${stepNames[step.action]}${note}`;
}
