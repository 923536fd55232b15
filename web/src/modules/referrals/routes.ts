import type { RouteRecordRaw } from 'vue-router'
import { modules } from '@/modules/shell/modules'
import { can } from '@/modules/shell/permissions'

/** The module's first page the user may use; the outgoing list says so to a role with none. */
function firstPage(): string {
  const pages = modules.find((m) => m.id === 'm3')?.pages ?? []
  return pages.find((p) => !p.permission || can(p.permission))?.path ?? '/referrals/outgoing'
}

/** M3 screens, children of the signed-in layout. */
export const referralRoutes: RouteRecordRaw[] = [
  {
    path: 'referrals',
    name: 'referrals',
    component: () => import('./list/ReferralListPage.vue'),
    beforeEnter: () => firstPage(),
  },
  {
    // `?patient=12` presets the patient (the 转诊 button of a patient record).
    path: 'referrals/new',
    name: 'referral-new',
    component: () => import('./create/NewReferralPage.vue'),
    props: (route) => ({ patientId: /^\d+$/.test(String(route.query.patient ?? '')) ? Number(route.query.patient) : null }),
  },
  {
    path: 'referrals/outgoing',
    name: 'referrals-outgoing',
    component: () => import('./list/ReferralListPage.vue'),
    props: { box: 'outgoing' },
  },
  {
    path: 'referrals/incoming',
    name: 'referrals-incoming',
    component: () => import('./list/ReferralListPage.vue'),
    props: { box: 'incoming' },
  },
  {
    path: 'referrals/register',
    name: 'referrals-register',
    component: () => import('./register/RegisterPage.vue'),
  },
  {
    path: 'referrals/catalogues',
    name: 'referrals-catalogues',
    component: () => import('./catalogues/CataloguesPage.vue'),
  },
  {
    path: 'referrals/:id(\\d+)',
    name: 'referral',
    component: () => import('./detail/ReferralPage.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
  },
]
