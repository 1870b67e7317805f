/** A node of a header tree (rows or columns). */
export interface TreeNode<N> {
  readonly children?: readonly N[];
}

/** A leaf with the chain of nodes from the root down to it (the leaf last). */
export type TreePath<N> = readonly N[];

/** Every leaf of a forest, in order, each with its path from the root. */
export function leafPaths<N extends TreeNode<N>>(
  nodes: readonly N[],
  above: readonly N[] = [],
): TreePath<N>[] {
  return nodes.flatMap((node) => {
    const path = [...above, node];
    return node.children?.length ? leafPaths(node.children, path) : [path];
  });
}

/** How many levels deep a forest goes, counting only nodes that `counts` accepts. */
export function depthOf<N extends TreeNode<N>>(
  nodes: readonly N[],
  counts: (node: N) => boolean,
): number {
  return Math.max(
    0,
    ...nodes.map((node) => (counts(node) ? 1 : 0) + depthOf(node.children ?? [], counts)),
  );
}

/** The leaves under a node (the node itself if it is one). */
export function leavesOf<N extends TreeNode<N>>(node: N): N[] {
  return node.children?.length ? node.children.flatMap((child) => leavesOf(child)) : [node];
}
