import type { RouteRecordRaw } from 'vue-router'
import { modules } from '@/modules/shell/modules'
import { can } from '@/modules/shell/permissions'

/** The module's first page the user may use; the settlements page says so to a role with none. */
function firstPage(): string {
  const pages = modules.find((m) => m.id === 'm8')?.pages ?? []
  return pages.find((p) => !p.permission || can(p.permission))?.path ?? '/payment/settlements'
}

/** M8 screens, children of the signed-in layout. */
export const paymentRoutes: RouteRecordRaw[] = [
  {
    // The module's own address (the menu entry of a role with no page of it): the guard runs
    // after sign-in, when the permissions are known.
    path: 'payment',
    name: 'payment',
    component: () => import('./settlements/SettlementsPage.vue'),
    beforeEnter: () => firstPage(),
  },
  { path: 'payment/settlements', name: 'payment-settlements', component: () => import('./settlements/SettlementsPage.vue') },
  {
    path: 'payment/settlements/:id(\\d+)',
    name: 'payment-settlement',
    component: () => import('./detail/SettlementPage.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
  },
  { path: 'payment/what-if', name: 'payment-what-if', component: () => import('./whatIf/WhatIfPage.vue') },
  { path: 'payment/supervision', name: 'payment-supervision', component: () => import('./supervision/SupervisionPage.vue') },
  { path: 'payment/special-reviews', name: 'payment-special-reviews', component: () => import('./specialReviews/SpecialReviewsPage.vue') },
  { path: 'payment/statements', name: 'payment-statements', component: () => import('./statements/StatementsPage.vue') },
  {
    path: 'payment/statements/:id(\\d+)/:institution',
    name: 'payment-statement',
    component: () => import('./statements/StatementPage.vue'),
    props: (route) => ({ id: Number(route.params.id), institution: String(route.params.institution) }),
  },
  { path: 'payment/budgets', name: 'payment-budgets', component: () => import('./budgets/BudgetsPage.vue') },
]
