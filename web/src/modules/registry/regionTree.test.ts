import { describe, expect, it } from 'vitest'
import type { Region } from '@/api/types'
import { buildRegionTree } from './regionTree'

const region = (code: string, parentCode: string | null, name = code): Region => ({
  code,
  name,
  level: 'county',
  parentCode,
  isUrban: false,
  population: null,
  populationYear: null,
})

describe('buildRegionTree', () => {
  it('nests regions under their parent and orders siblings by code', () => {
    const tree = buildRegionTree([
      region('990121000000', '990100000000'),
      region('990101000000', '990100000000'),
      region('990100000000', '990000000000'),
      region('990101001000', '990101000000'),
    ])
    expect(tree.map((r) => r.code)).toEqual(['990100000000'])
    expect(tree[0].children.map((r) => r.code)).toEqual(['990101000000', '990121000000'])
    expect(tree[0].children[0].children.map((r) => r.code)).toEqual(['990101001000'])
  })

  it('makes a root of every region whose parent is outside the list', () => {
    const tree = buildRegionTree([region('990121000000', '990100000000'), region('990101000000', '990100000000')])
    expect(tree.map((r) => r.code)).toEqual(['990101000000', '990121000000'])
  })
})
