import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { onUnauthorized } from '@/api/client'
import { modules } from '@/modules/shell/modules'
import { currentUser, loadCurrentUser } from '@/modules/shell/session'
import AppLayout from '@/modules/shell/AppLayout.vue'
import LoginPage from '@/modules/shell/LoginPage.vue'
import ModuleUnavailable from '@/modules/shell/ModuleUnavailable.vue'
import { registryRoutes } from '@/modules/registry/routes'
import { patientRoutes } from '@/modules/patients/routes'
import { auditRoutes } from '@/modules/audit/routes'
import { dischargeRoutes } from '@/modules/discharges/routes'
import { paymentRoutes } from '@/modules/payment/routes'
import { referralRoutes } from '@/modules/referrals/routes'

const unavailableModules: RouteRecordRaw[] = modules
  .filter((m) => m.pages.length === 0)
  .map((m) => ({ path: m.path, component: ModuleUnavailable, props: { moduleId: m.id } }))

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: LoginPage, meta: { public: true } },
  {
    path: '/',
    component: AppLayout,
    children: [
      { path: '', redirect: { name: 'registry-overview' } },
      ...registryRoutes,
      ...patientRoutes,
      ...referralRoutes,
      ...dischargeRoutes,
      ...paymentRoutes,
      ...auditRoutes,
      ...unavailableModules,
      { path: ':pathMatch(.*)*', redirect: { name: 'registry-overview' } },
    ],
  },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  if (to.meta.public || currentUser.value) return true
  try {
    await loadCurrentUser()
    return true
  } catch {
    return { name: 'login', query: { redirect: to.fullPath } }
  }
})

onUnauthorized(() => {
  currentUser.value = null
  const here = router.currentRoute.value
  if (!here.meta.public) void router.push({ name: 'login', query: { redirect: here.fullPath } })
})
