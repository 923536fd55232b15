import { describe, expect, it } from 'vitest'
import { activeMenuPath, moduleOfPath } from './menu'
import { modules } from './modules'
import { hasPermission } from './permissions'

const pages = modules.flatMap((m) => m.pages)

describe('activeMenuPath', () => {
  it('lights up the list a detail page belongs to', () => {
    expect(activeMenuPath('/registry/institutions/H0002', pages)).toBe('/registry/institutions')
    expect(activeMenuPath('/patients/2', pages)).toBe('/patients')
  })

  it('lights up the list of an abstract, which lies outside the list folder', () => {
    expect(activeMenuPath('/discharges/42', pages)).toBe('/discharges/list')
    expect(activeMenuPath('/discharges/quality', pages)).toBe('/discharges/quality')
    expect(activeMenuPath('/discharges/table-sets', pages)).toBe('/discharges/table-sets')
  })

  it('lights up the settlement list for a settlement', () => {
    expect(activeMenuPath('/payment/settlements/12', pages)).toBe('/payment/settlements')
    expect(activeMenuPath('/payment/what-if', pages)).toBe('/payment/what-if')
    expect(activeMenuPath('/payment/supervision', pages)).toBe('/payment/supervision')
    expect(activeMenuPath('/payment/budgets', pages)).toBe('/payment/budgets')
    expect(activeMenuPath('/payment/statements/12/H0002', pages)).toBe('/payment/statements')
  })

  it('lists the budgets and statements of M8 for a network manager, only the statements for a hospital', () => {
    const m8 = modules.find((m) => m.id === 'm8')!.pages
    const manager = { permissions: ['payment.budget.read', 'payment.statement.read', 'registry.read'] }
    expect(m8.filter((p) => !p.permission || hasPermission(manager, p.permission)).map((p) => p.key)).toEqual(['budgets', 'statements'])
    const hospital = { permissions: ['payment.statement.read', 'abstracts.upload', 'registry.read'] }
    expect(m8.filter((p) => !p.permission || hasPermission(hospital, p.permission)).map((p) => p.key)).toEqual(['statements'])
    const analyst = { permissions: ['payment.read', 'payment.settle', 'payment.budget.read', 'payment.statement.read'] }
    expect(m8.filter((p) => !p.permission || hasPermission(analyst, p.permission)).map((p) => p.key)).toEqual([
      'settlements',
      'whatIf',
      'supervision',
      'specialReviews',
      'budgets',
      'statements',
    ])
  })

  it('prefers the longest page path', () => {
    expect(activeMenuPath('/patients/duplicates', pages)).toBe('/patients/duplicates')
    expect(activeMenuPath('/patients/registration', pages)).toBe('/patients/registration')
  })

  it('does not match a page path inside a longer word', () => {
    expect(activeMenuPath('/auditors', [{ key: 'audit', path: '/audit' }])).toBe('/auditors')
  })
})

describe('moduleOfPath', () => {
  it('finds the module of a page', () => {
    expect(moduleOfPath('/patients/2', modules)?.id).toBe('m2')
    expect(moduleOfPath('/audit', modules)?.id).toBe('m16')
    expect(moduleOfPath('/discharges/42', modules)?.id).toBe('m7')
    expect(moduleOfPath('/payment/settlements/12', modules)?.id).toBe('m8')
    expect(moduleOfPath('/nowhere', modules)).toBeUndefined()
  })
})
