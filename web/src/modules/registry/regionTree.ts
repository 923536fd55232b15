import type { Region } from '@/api/types'

export interface RegionNode extends Region {
  children: RegionNode[]
}

/**
 * The region list as a tree through parentCode. A region whose parent is not in the list (the
 * top of the user's scope) becomes a root; siblings keep the order of their codes.
 */
export function buildRegionTree(regions: Region[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>()
  for (const region of [...regions].sort((a, b) => a.code.localeCompare(b.code))) {
    nodes.set(region.code, { ...region, children: [] })
  }
  const roots: RegionNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}
