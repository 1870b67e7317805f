import type { RulePacksView } from './rule-pack-rows';

/** A rule pack as one subtree's form holds it: which warnings are checked there, and a deadline. */
export interface RulePackDraft {
  /** The agency id of the subtree; '' for every agency. */
  within: string;
  /** Warnings switched off in the subtree. */
  off: string[];
  /** Warnings kept on explicitly (switched off further up, by the file or another pack). */
  on: string[];
  /** MM-DD, or '' for none. */
  deadline: string;
}

/** A rule pack as `POST /api/rule-packs` takes it. */
export interface RulePackBody {
  rules?: Partial<
    Record<string, 'off' | 'warning' | { setting: 'off' | 'warning'; within?: string | undefined }>
  >;
  deadlines?: { within: string; date: string }[];
}

export const emptyDraft = (): RulePackDraft => ({ within: '', off: [], on: [], deadline: '' });

/** The form's pack as the API takes it: every setting and the deadline for the one subtree. */
export function bodyOf(draft: RulePackDraft): RulePackBody {
  const setting = (value: 'off' | 'warning') =>
    draft.within === '' ? value : { setting: value, within: draft.within };
  const rules = Object.fromEntries([
    ...draft.off.map((id) => [id, setting('off')] as const),
    ...draft.on.map((id) => [id, setting('warning')] as const),
  ]);
  const deadline = draft.deadline.trim();
  return {
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
    ...(deadline && draft.within ? { deadlines: [{ within: draft.within, date: deadline }] } : {}),
  };
}

/** A stored pack in the form, or undefined when it spans several subtrees (the form edits one). */
export function draftOf(body: RulePackBody): RulePackDraft | undefined {
  const rules = Object.entries(body.rules ?? {}).flatMap(([id, value]) =>
    value === undefined
      ? []
      : typeof value === 'string'
        ? [{ id, setting: value, within: '' }]
        : [{ id, setting: value.setting, within: value.within ?? '' }],
  );
  const subtrees = new Set([
    ...rules.map((rule) => rule.within),
    ...(body.deadlines ?? []).map((d) => d.within),
  ]);
  if (subtrees.size > 1 || (body.deadlines?.length ?? 0) > 1) return undefined;
  return {
    within: [...subtrees][0] ?? '',
    off: rules.filter((rule) => rule.setting === 'off').map((rule) => rule.id),
    on: rules.filter((rule) => rule.setting === 'warning').map((rule) => rule.id),
    deadline: body.deadlines?.[0]?.date ?? '',
  };
}

/** Toggles a warning in the draft: unchecked switches it off; checked keeps it on when `offElsewhere`. */
export function withWarning(
  draft: RulePackDraft,
  { id, checked, offElsewhere }: { id: string; checked: boolean; offElsewhere: boolean },
): RulePackDraft {
  const off = draft.off.filter((rule) => rule !== id);
  const on = draft.on.filter((rule) => rule !== id);
  if (!checked) off.push(id);
  else if (offElsewhere) on.push(id);
  return { ...draft, off, on };
}

/** Warnings some other pack (or the file) switches off: checking one here must say so explicitly. */
export const offElsewhere = (view: RulePacksView, packId: string | undefined): Set<string> =>
  new Set(
    view.rules
      .filter(
        (entry) => entry.setting === 'off' && (entry.source === 'file' || entry.packId !== packId),
      )
      .map((entry) => entry.rule),
  );
