import { describe, expect, it } from 'vitest'
import { emptyRegistration, toRegisterRequest } from './registration'

describe('toRegisterRequest', () => {
  it('trims, sends empty fields as null and capitalises the check letter', () => {
    const form = { ...emptyRegistration(), residentId: ' 99010219880101002x ', name: ' 陈静 ', sex: 'female' as const, phone: '  ' }
    expect(toRegisterRequest(form)).toEqual({
      residentId: '99010219880101002X',
      name: '陈静',
      sex: 'female',
      birthDate: null,
      residenceRegionCode: null,
      phone: null,
      address: null,
    })
  })

  it('keeps every field of a complete form', () => {
    const form = {
      residentId: '990102198801010027',
      name: '陈静',
      sex: 'female' as const,
      birthDate: '1988-01-01',
      residenceRegionCode: '990102001001',
      phone: '13900001111',
      address: '东坪镇桃源村 3 组',
    }
    expect(toRegisterRequest(form)).toEqual(form)
  })
})
