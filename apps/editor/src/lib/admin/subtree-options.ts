/** The fields of an agency a subtree picker reads. */
interface AgencyNode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
}

/** Every agency in tree order (each after its parent), with its depth for indenting. */
export function subtreeOptions(
  agencies: readonly AgencyNode[],
): { id: string; name: string; depth: number }[] {
  const ids = new Set(agencies.map((agency) => agency.id));
  const children = new Map<string | null, AgencyNode[]>();
  for (const agency of agencies) {
    // An agency whose parent is not listed is a top one.
    const parent = agency.parentId !== null && ids.has(agency.parentId) ? agency.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), agency]);
  }
  const options: { id: string; name: string; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const agency of children.get(parent) ?? []) {
      if (seen.has(agency.id)) continue;
      seen.add(agency.id);
      options.push({ id: agency.id, name: agency.name, depth });
      visit(agency.id, depth + 1);
    }
  };
  visit(null, 0);
  return options;
}
