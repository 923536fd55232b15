import type { RouteRecordRaw } from 'vue-router'

/** M1 screens, children of the signed-in layout. */
export const registryRoutes: RouteRecordRaw[] = [
  { path: 'registry', redirect: { name: 'registry-overview' } },
  {
    path: 'registry/overview',
    name: 'registry-overview',
    component: () => import('./overview/OverviewPage.vue'),
  },
  {
    path: 'registry/institutions',
    name: 'registry-institutions',
    component: () => import('./institutions/InstitutionsPage.vue'),
  },
  {
    path: 'registry/institutions/:code',
    name: 'registry-institution',
    component: () => import('./institutions/InstitutionPage.vue'),
    props: true,
  },
  {
    path: 'registry/networks',
    name: 'registry-networks',
    component: () => import('./networks/NetworksPage.vue'),
  },
  {
    path: 'registry/networks/:code',
    name: 'registry-network',
    component: () => import('./networks/NetworkPage.vue'),
    props: true,
  },
]
