import type { Me } from '@/api/types'
import { currentUser } from './session'

/** The permission codes the screens check (src/TieredCare.Web/Infrastructure/Security/Permissions.cs). */
export const permissions = {
  patientSearch: 'patients.search',
  patientView: 'patients.view',
  patientRegister: 'patients.register',
  patientMerge: 'patients.merge',
  auditRead: 'audit.read',
  abstractsUpload: 'abstracts.upload',
  abstractsRead: 'abstracts.read',
  drgRead: 'drg.read',
  drgGroup: 'drg.group',
  drgTablesManage: 'drg.tables.manage',
  paymentRead: 'payment.read',
  paymentSettle: 'payment.settle',
  /** Network global budgets: the bureau, the commission, and a network manager for their own network. */
  paymentBudgetRead: 'payment.budget.read',
  /** Hospital statements (结算单) in scope: a hospital's administrator its own, a network manager its members'. */
  paymentStatementRead: 'payment.statement.read',
  /** Referrals from or to institutions in scope, with masked patients. */
  referralsRead: 'referrals.read',
  /** Draft, submit and cancel referrals from one's own institution (clinicians, referral coordinators). */
  referralsCreate: 'referrals.create',
  /** Accept, reject, schedule, mark arrived and complete referrals to one's own institution. */
  referralsHandle: 'referrals.handle',
  /** The monthly referral register (双向转诊登记) and its export: system admin, commission, network managers, hospital admins. */
  referralsRegister: 'referrals.register',
  /** Load a network's tiered disease catalogue: system admin and commission for their region, a network manager for their own. */
  referralsCatalogueManage: 'referrals.catalogue.manage',
  /** Book, cancel and check in slots: clinicians, referral coordinators, dispatchers. */
  bookingBook: 'booking.book',
} as const

export type Permission = (typeof permissions)[keyof typeof permissions]

/** Whether the user's role holds the permission; nobody signed in holds none. */
export function hasPermission(user: Pick<Me, 'permissions'> | null | undefined, permission: Permission): boolean {
  return Array.isArray(user?.permissions) && user.permissions.includes(permission)
}

/** The signed-in user's permission (reactive when read in a template or computed). */
export function can(permission: Permission): boolean {
  return hasPermission(currentUser.value, permission)
}
