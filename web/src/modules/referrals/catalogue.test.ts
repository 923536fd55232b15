import { describe, expect, it } from 'vitest'
import { emptyReferralForm } from './form'
import { catalogueCheckQuery, catalogueTiers, checkKey, isBelowCatalogueTier, verdictTone } from './catalogue'

describe('verdictTone', () => {
  it('colours each verdict', () => {
    expect(verdictTone('appropriate')).toBe('success')
    expect(verdictTone('up_below_threshold')).toBe('danger')
    expect(verdictTone('below_lowest_tier')).toBe('warning')
    expect(verdictTone('direction_mismatch')).toBe('warning')
    expect(verdictTone('not_in_catalogue')).toBe('info')
    expect(verdictTone('something_new')).toBe('info')
  })
})

describe('catalogueCheckQuery', () => {
  const form = { ...emptyReferralForm(1), toInstitution: 'H0002', diagnosisCode: ' i10.x00x002 ' }

  it('asks once the sender, receiver, direction and a valid-looking code are there', () => {
    expect(catalogueCheckQuery('T0001', form)).toEqual({ from: 'T0001', to: 'H0002', code: 'I10.X00X002', direction: 'up' })
  })

  it('waits for every part', () => {
    expect(catalogueCheckQuery(null, form)).toBeNull()
    expect(catalogueCheckQuery('T0001', { ...form, toInstitution: '' })).toBeNull()
    expect(catalogueCheckQuery('T0001', { ...form, diagnosisCode: 'I1' })).toBeNull()
    expect(catalogueCheckQuery('T0001', { ...form, diagnosisCode: '' })).toBeNull()
  })

  it('keys a query so an unchanged one is not sent again', () => {
    const q = catalogueCheckQuery('T0001', form)
    expect(checkKey(q)).toBe('T0001|H0002|up|I10.X00X002')
    expect(checkKey(catalogueCheckQuery('T0001', { ...form, direction: 'down' }))).not.toBe(checkKey(q))
    expect(checkKey(null)).toBe('')
  })
})

describe('catalogue tiers and flags', () => {
  it('lists the tiers lowest first', () => {
    expect(catalogueTiers).toEqual(['village', 'township', 'county', 'city'])
  })

  it('flags a below-tier up-referral from the summary or the stored verdict', () => {
    expect(isBelowCatalogueTier({ belowCatalogueTier: true })).toBe(true)
    expect(isBelowCatalogueTier({ belowCatalogueTier: false }, 'up_below_threshold')).toBe(true)
    expect(isBelowCatalogueTier({ belowCatalogueTier: false }, 'appropriate')).toBe(false)
  })
})
