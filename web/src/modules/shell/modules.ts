import type { Component } from 'vue'
import {
  Bell,
  Calendar,
  Coin,
  Connection,
  DataAnalysis,
  DocumentChecked,
  FirstAidKit,
  List,
  Lock,
  Memo,
  OfficeBuilding,
  SetUp,
  Switch,
  User,
  Van,
  VideoCamera,
} from '@element-plus/icons-vue'
import { permissions, type Permission } from './permissions'

export type ModuleId =
  | 'm1' | 'm2' | 'm3' | 'm4' | 'm5' | 'm6' | 'm7' | 'm8'
  | 'm9' | 'm10' | 'm11' | 'm12' | 'm13' | 'm14' | 'm15' | 'm16'

export interface ModulePage {
  /** Key under `menu.` in the i18n files; also the end of the menu entry's test id. */
  key:
    | 'overview'
    | 'institutions'
    | 'networks'
    | 'patients'
    | 'registration'
    | 'duplicates'
    | 'audit'
    | 'upload'
    | 'quality'
    | 'abstracts'
    | 'drg'
    | 'tableSets'
    | 'settlements'
    | 'whatIf'
    | 'supervision'
    | 'specialReviews'
    | 'budgets'
    | 'statements'
    | 'newReferral'
    | 'outgoing'
    | 'incoming'
    | 'referralRegister'
    | 'catalogues'
  path: string
  /** Other paths that light up this page's menu entry (a detail page outside the page's folder). */
  matches?: RegExp
  /** The menu shows the page only to roles holding this permission. */
  permission?: Permission
}

export interface ModuleEntry {
  id: ModuleId
  path: string
  icon: Component
  /**
   * Screens of a module that this version provides; none means "not available yet". A module
   * with one page is a single menu entry; its page tells a role without access so itself.
   */
  pages: ModulePage[]
}

/** The modules of SPEC.md §2, in the order of the left menu. */
export const modules: ModuleEntry[] = [
  {
    id: 'm1',
    path: '/registry',
    icon: OfficeBuilding,
    pages: [
      { key: 'overview', path: '/registry/overview' },
      { key: 'institutions', path: '/registry/institutions' },
      { key: 'networks', path: '/registry/networks' },
    ],
  },
  {
    id: 'm2',
    path: '/patients',
    icon: User,
    pages: [
      // Always listed: a role without patients.search is told so on the page.
      { key: 'patients', path: '/patients' },
      { key: 'registration', path: '/patients/registration', permission: permissions.patientRegister },
      { key: 'duplicates', path: '/patients/duplicates', permission: permissions.patientMerge },
    ],
  },
  {
    id: 'm3',
    path: '/referrals',
    icon: Switch,
    pages: [
      { key: 'newReferral', path: '/referrals/new', permission: permissions.referralsCreate },
      // A referral (/referrals/12) is opened from either list; it lights neither.
      { key: 'outgoing', path: '/referrals/outgoing', permission: permissions.referralsRead },
      { key: 'incoming', path: '/referrals/incoming', permission: permissions.referralsRead },
      { key: 'referralRegister', path: '/referrals/register', permission: permissions.referralsRegister },
      { key: 'catalogues', path: '/referrals/catalogues', permission: permissions.referralsRead },
    ],
  },
  { id: 'm4', path: '/booking', icon: Calendar, pages: [] },
  { id: 'm5', path: '/results', icon: DocumentChecked, pages: [] },
  { id: 'm6', path: '/family-doctors', icon: FirstAidKit, pages: [] },
  {
    id: 'm7',
    path: '/discharges',
    icon: Memo,
    pages: [
      { key: 'upload', path: '/discharges/upload', permission: permissions.abstractsUpload },
      { key: 'quality', path: '/discharges/quality', permission: permissions.abstractsRead },
      // An abstract (/discharges/123) belongs to the list.
      { key: 'abstracts', path: '/discharges/list', permission: permissions.abstractsRead, matches: /^\/discharges\/\d+$/ },
      { key: 'drg', path: '/discharges/drg', permission: permissions.drgRead },
      { key: 'tableSets', path: '/discharges/table-sets', permission: permissions.drgRead },
    ],
  },
  {
    id: 'm8',
    path: '/payment',
    icon: Coin,
    pages: [
      // A settlement (/payment/settlements/12) belongs to the list.
      { key: 'settlements', path: '/payment/settlements', permission: permissions.paymentRead },
      { key: 'whatIf', path: '/payment/what-if', permission: permissions.paymentRead },
      { key: 'supervision', path: '/payment/supervision', permission: permissions.paymentRead },
      { key: 'specialReviews', path: '/payment/special-reviews', permission: permissions.paymentRead },
      // Network managers hold this one and the statements.
      { key: 'budgets', path: '/payment/budgets', permission: permissions.paymentBudgetRead },
      // A hospital's administrator holds only this one: M8 is then a single menu entry, which opens it.
      // A statement (/payment/statements/12/H0002) belongs to the list.
      { key: 'statements', path: '/payment/statements', permission: permissions.paymentStatementRead },
    ],
  },
  { id: 'm9', path: '/cockpit', icon: DataAnalysis, pages: [] },
  { id: 'm10', path: '/reform-tasks', icon: List, pages: [] },
  { id: 'm11', path: '/emergency', icon: Van, pages: [] },
  { id: 'm12', path: '/surveillance', icon: Bell, pages: [] },
  { id: 'm13', path: '/teleconsultation', icon: VideoCamera, pages: [] },
  { id: 'm14', path: '/network-operations', icon: SetUp, pages: [] },
  { id: 'm15', path: '/data-exchange', icon: Connection, pages: [] },
  { id: 'm16', path: '/audit', icon: Lock, pages: [{ key: 'audit', path: '/audit' }] },
]
