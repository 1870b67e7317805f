/** An agency as the picker reads it. */
interface PickerAgency {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
}

/**
 * The subtrees a user may sum: their own agency first, then each agency below it that has
 * units of its own (an admin: every such agency), indented by depth.
 */
export function subtreeChoices(
  agencies: readonly PickerAgency[],
  user: { readonly agencyId: string; readonly role: string } | undefined,
): { id: string; label: string }[] {
  const children = new Map<string | null, PickerAgency[]>();
  for (const agency of agencies) {
    const parent = agencies.some((a) => a.id === agency.parentId) ? agency.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), agency]);
  }
  const roots =
    user?.role === 'admin'
      ? (children.get(null) ?? [])
      : agencies.filter((agency) => agency.id === user?.agencyId);
  const choices: { id: string; label: string }[] = [];
  const visit = (agency: PickerAgency, depth: number) => {
    const below = children.get(agency.id) ?? [];
    if (depth === 0 || below.length > 0)
      choices.push({ id: agency.id, label: `${'　'.repeat(depth)}${agency.name}` });
    for (const child of below) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return choices;
}
