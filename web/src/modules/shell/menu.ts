import type { ModuleEntry, ModulePage } from './modules'

/**
 * The page of the menu a path belongs to: the longest page path that is the path or a folder of
 * it, or a page that claims the path (`matches`).
 */
export function activeMenuPath(path: string, pages: ModulePage[]): string {
  const matching = pages.filter((p) => path === p.path || path.startsWith(p.path + '/') || p.matches?.test(path))
  matching.sort((a, b) => b.path.length - a.path.length)
  return matching[0]?.path ?? path
}

/** The module a path lies in, for opening its group in the menu. */
export function moduleOfPath(path: string, modules: ModuleEntry[]): ModuleEntry | undefined {
  return modules.find((m) => path === m.path || path.startsWith(m.path + '/'))
}
