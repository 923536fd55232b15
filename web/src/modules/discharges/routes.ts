import type { RouteRecordRaw } from 'vue-router'
import { modules } from '@/modules/shell/modules'
import { can } from '@/modules/shell/permissions'

/** The module's first page the user may use; the quality report says so to a role with none. */
function firstPage(): string {
  const pages = modules.find((m) => m.id === 'm7')?.pages ?? []
  return pages.find((p) => !p.permission || can(p.permission))?.path ?? '/discharges/quality'
}

/** M7 screens, children of the signed-in layout. */
export const dischargeRoutes: RouteRecordRaw[] = [
  {
    // The module's own address (the menu entry of a role with no page of it): the guard runs
    // after sign-in, when the permissions are known.
    path: 'discharges',
    name: 'discharges',
    component: () => import('./quality/QualityPage.vue'),
    beforeEnter: () => firstPage(),
  },
  { path: 'discharges/upload', name: 'discharges-upload', component: () => import('./upload/UploadPage.vue') },
  { path: 'discharges/quality', name: 'discharges-quality', component: () => import('./quality/QualityPage.vue') },
  { path: 'discharges/list', name: 'discharges-list', component: () => import('./list/AbstractListPage.vue') },
  {
    path: 'discharges/:id(\\d+)',
    name: 'discharges-abstract',
    component: () => import('./detail/AbstractPage.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
  },
  { path: 'discharges/drg', name: 'discharges-drg', component: () => import('./drg/DrgPage.vue') },
  { path: 'discharges/table-sets', name: 'discharges-table-sets', component: () => import('./tableSets/TableSetsPage.vue') },
]
