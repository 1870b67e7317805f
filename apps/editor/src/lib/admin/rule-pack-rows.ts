import type { RulePackBody } from './rule-pack-draft';

/** A subtree as `GET /api/rule-packs` names it: as written in the file, and the agency found. */
export interface Subtree {
  readonly within: string | null;
  readonly agency: { readonly id: string; readonly name: string } | null;
}

/** Where a setting comes from: the deployment's file (read-only) or a pack made here. */
export interface Source {
  readonly source: 'file' | 'database';
  readonly packId: string | null;
}

/** What `GET /api/rule-packs` answers (the parts the page reads). */
export interface RulePacksView {
  readonly file: string | null;
  readonly catalog: readonly {
    id: string;
    title: string;
    severity: 'error' | 'warning';
    basis: string;
  }[];
  readonly rules: readonly (Subtree &
    Source & { rule: string; title: string; setting: 'off' | 'warning' })[];
  readonly deadlines: readonly (Subtree & Source & { date: string })[];
  /** The packs made in the admin UI, as the API takes them. */
  readonly packs: readonly {
    id: string;
    pack: RulePackBody;
    updatedAt: string;
    updatedBy: string | null;
  }[];
}

/** One catalog rule with what the deployment sets for it, subtree by subtree, in words. */
export interface RuleRow {
  readonly id: string;
  readonly title: string;
  readonly severity: string;
  readonly basis: string;
  readonly settings: readonly string[];
}

const settingNames = { off: '关闭', warning: '打开' } as const;

/** A subtree in words: “全部机关”, or the agency and those under it (flagged when none matches). */
export const subtreeName = ({ within, agency }: Subtree): string =>
  within === null
    ? '全部机关'
    : agency
      ? `${agency.name}及下属机关`
      : `“${within}”（没有此名称或编号的机关）`;

/** The catalog as the page lists it: errors cannot be set; warnings show each subtree's setting. */
export function ruleRows(view: RulePacksView): RuleRow[] {
  return view.catalog.map((rule) => ({
    id: rule.id,
    title: rule.title,
    severity: rule.severity === 'error' ? '错误' : '提醒',
    basis: rule.basis,
    settings:
      rule.severity === 'error'
        ? ['始终检查（错误不可关闭）']
        : view.rules
            .filter((entry) => entry.rule === rule.id)
            .map(
              (entry) =>
                `${subtreeName(entry)}：${settingNames[entry.setting]}${entry.source === 'file' ? '（配置文件）' : ''}`,
            ),
  }));
}
