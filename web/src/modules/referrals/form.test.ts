import { describe, expect, it } from 'vitest'
import type { Institution } from '@/api/types'
import {
  emptyReferralForm,
  looksLikeIcd10,
  newIdempotencyKey,
  patientSearchTerm,
  receivingInstitutions,
  shareNetwork,
  targetTiers,
  toCreateRequest,
} from './form'

const key = '7f1e9c1a-1111-4222-8333-944455556666'

describe('toCreateRequest', () => {
  it('trims, sends empty fields as null and the ICD-10 code in capitals', () => {
    const form = {
      ...emptyReferralForm(42),
      toInstitution: 'H0002',
      toDepartment: '03',
      diagnosisCode: ' i21.900 ',
      urgency: 'urgent' as const,
      reason: ' 胸痛3小时 ',
      followUpPlan: '不应发送',
      isInpatient: true,
    }
    expect(toCreateRequest(form, { draft: false, idempotencyKey: key })).toEqual({
      patientId: 42,
      direction: 'up',
      toInstitution: 'H0002',
      toDepartment: '03',
      fromDepartment: null,
      diagnosisCode: 'I21.900',
      urgency: 'urgent',
      reason: '胸痛3小时',
      appropriatenessReason: null,
      outsideNetworkReason: null,
      followUpPlan: null,
      isInpatient: false,
      draft: false,
      idempotencyKey: key,
    })
  })

  it('sends the follow-up plan and the inpatient flag with a down-referral, and the draft flag', () => {
    const form = { ...emptyReferralForm(7), direction: 'down' as const, followUpPlan: ' 每周随访 ', isInpatient: true, outsideNetworkReason: ' 病情需要 ' }
    const body = toCreateRequest(form, { draft: true, idempotencyKey: key })
    expect(body.followUpPlan).toBe('每周随访')
    expect(body.isInpatient).toBe(true)
    expect(body.outsideNetworkReason).toBe('病情需要')
    expect(body.draft).toBe(true)
    expect(body.reason).toBeNull()
    expect(body.diagnosisCode).toBeNull()
  })

  it('sends the 上转理由 with an up-referral only', () => {
    const up = { ...emptyReferralForm(7), appropriatenessReason: ' 血压控制不佳，需排查继发性高血压 ' }
    expect(toCreateRequest(up, { draft: false, idempotencyKey: key }).appropriatenessReason).toBe('血压控制不佳，需排查继发性高血压')
    expect(toCreateRequest({ ...up, appropriatenessReason: '  ' }, { draft: false, idempotencyKey: key }).appropriatenessReason).toBeNull()
    expect(toCreateRequest({ ...up, direction: 'down' }, { draft: false, idempotencyKey: key }).appropriatenessReason).toBeNull()
  })

  it('uses one key per opened form', () => {
    let n = 0
    const random = () => `key-${++n}`
    expect(newIdempotencyKey(random)).toBe('key-1')
    expect(newIdempotencyKey(random)).toBe('key-2')
  })
})

describe('receiving institutions', () => {
  const institution = (code: string, name: string, tier: Institution['tier'], extra: Partial<Institution> = {}): Institution => ({
    code,
    name,
    type: tier === 'grassroots' ? 'township_health_center' : 'general_hospital',
    level: 'secondary',
    grade: 'a',
    ownership: 'public',
    tier,
    regionCode: '990102000000',
    regionName: null,
    latitude: null,
    longitude: null,
    openBeds: 0,
    sharedServices: [],
    isActive: true,
    ...extra,
  })
  const all = [
    institution('T0001', '东坪镇卫生院', 'grassroots'),
    institution('T0002', '西岭乡卫生院', 'grassroots'),
    institution('H0002', '东坪县人民医院', 'county'),
    institution('H0001', '青川市第一人民医院', 'city'),
    institution('E0001', '青川市急救中心', 'city', { type: 'emergency_center' }),
    institution('H0009', '已停用医院', 'county', { isActive: false }),
  ]

  it('fits the tiers to the direction as the server checks them', () => {
    expect(targetTiers('up', 'grassroots')).toEqual(['county', 'city'])
    expect(targetTiers('up', 'county')).toEqual(['city'])
    expect(targetTiers('up', 'city')).toEqual([])
    expect(targetTiers('down', 'city')).toEqual(['grassroots', 'county'])
    expect(targetTiers('down', 'grassroots')).toEqual([])
    expect(targetTiers('lateral', 'county')).toEqual(['county'])
  })

  it('offers active treating institutions of those tiers, higher first, never the sender', () => {
    const from = { code: 'T0001', tier: 'grassroots' as const }
    expect(receivingInstitutions(all, 'up', from).map((i) => i.code)).toEqual(['H0001', 'H0002'])
    expect(receivingInstitutions(all, 'lateral', from).map((i) => i.code)).toEqual(['T0002'])
    expect(receivingInstitutions(all, 'down', { code: 'H0002', tier: 'county' }).map((i) => i.code)).toEqual(['T0001', 'T0002'])
  })

  it('tells whether two institutions share a current network', () => {
    expect(shareNetwork([{ code: 'N0001', leftOn: null }], [{ code: 'N0001', leftOn: null }])).toBe(true)
    expect(shareNetwork([{ code: 'N0001', leftOn: null }], [{ code: 'N0001', leftOn: '2024-01-01' }])).toBe(false)
    expect(shareNetwork([{ code: 'N0001', leftOn: null }], [{ code: 'N0002', leftOn: null }])).toBe(false)
  })
})

describe('looksLikeIcd10', () => {
  it('takes the server’s forms', () => {
    expect(looksLikeIcd10('I21.900')).toBe(true)
    expect(looksLikeIcd10('e11')).toBe(true)
    expect(looksLikeIcd10('I10.x00x002')).toBe(true)
    expect(looksLikeIcd10('胸痛')).toBe(false)
    expect(looksLikeIcd10('I2')).toBe(false)
  })
})

describe('patientSearchTerm', () => {
  it('asks for a patient number with at least 2 characters', () => {
    expect(patientSearchTerm(3)).toBe('03')
    expect(patientSearchTerm(42)).toBe('42')
    expect(patientSearchTerm(12345)).toBe('12345')
  })
})
