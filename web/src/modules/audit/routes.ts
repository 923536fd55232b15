import type { RouteRecordRaw } from 'vue-router'

/** M16 screens, children of the signed-in layout. */
export const auditRoutes: RouteRecordRaw[] = [
  { path: 'audit', name: 'audit-log', component: () => import('./AuditPage.vue') },
]
