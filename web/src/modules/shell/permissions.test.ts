import { describe, expect, it } from 'vitest'
import { hasPermission } from './permissions'

describe('hasPermission', () => {
  it('reads the role permissions of /auth/me', () => {
    const doctor = { permissions: ['patients.register', 'patients.search', 'patients.view', 'registry.read'] }
    expect(hasPermission(doctor, 'patients.view')).toBe(true)
    expect(hasPermission(doctor, 'audit.read')).toBe(false)
  })

  it('grants nothing without a user or without the list', () => {
    expect(hasPermission(null, 'patients.search')).toBe(false)
    expect(hasPermission({} as { permissions: string[] }, 'patients.search')).toBe(false)
  })
})
