import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, downloadFile, fileNameFromContentDisposition, settlementDetail, toQueryString, uploadForm } from './client'

describe('toQueryString', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(toQueryString({ q: '人民 医院', region: '', type: undefined, page: 2, active: true, network: null })).toBe(
      '?q=%E4%BA%BA%E6%B0%91+%E5%8C%BB%E9%99%A2&page=2&active=true',
    )
  })

  it('is empty without parameters', () => {
    expect(toQueryString({})).toBe('')
  })
})

describe('uploadForm', () => {
  it('sends the abstracts file, and the procedures and institution only when given', () => {
    const file = new File(['abstract_id\n'], '病案.csv', { type: 'text/csv' })
    const form = uploadForm({ file, procedures: null, institution: '' })
    expect([...form.keys()]).toEqual(['file'])
    expect((form.get('file') as File).name).toBe('病案.csv')

    const procedures = new File(['abstract_id,sequence,code\n'], 'procedures.csv')
    const full = uploadForm({ file, procedures, institution: 'H0002' })
    expect([...full.keys()]).toEqual(['file', 'procedures', 'institution'])
    expect(full.get('institution')).toBe('H0002')
  })
})

describe('fileNameFromContentDisposition', () => {
  it('prefers the UTF-8 name of filename*', () => {
    expect(
      fileNameFromContentDisposition(
        "attachment; filename=____-12.xlsx; filename*=UTF-8''%E7%BB%93%E7%AE%97-12.xlsx",
      ),
    ).toBe('结算-12.xlsx')
  })

  it('reads a quoted or a bare filename', () => {
    expect(fileNameFromContentDisposition('attachment; filename="settlement 12.xlsx"')).toBe('settlement 12.xlsx')
    expect(fileNameFromContentDisposition('attachment; filename=settlement-12.xlsx')).toBe('settlement-12.xlsx')
    expect(fileNameFromContentDisposition('attachment; filename="a \\"b\\".xlsx"')).toBe('a "b".xlsx')
  })

  it('reads an ISO-8859-1 filename* byte by byte', () => {
    expect(fileNameFromContentDisposition("attachment; filename*=iso-8859-1'en'%A3%20rates.xlsx")).toBe('£ rates.xlsx')
  })

  it('cuts off folders and falls back to the plain name when filename* is malformed', () => {
    expect(fileNameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd')
    expect(fileNameFromContentDisposition("attachment; filename*=UTF-8''%E7%ZZ.xlsx; filename=plain.xlsx")).toBe('plain.xlsx')
  })

  it('is null without a name', () => {
    expect(fileNameFromContentDisposition(null)).toBeNull()
    expect(fileNameFromContentDisposition('attachment')).toBeNull()
    expect(fileNameFromContentDisposition('attachment; filename=""')).toBeNull()
  })
})

describe('settlementDetail', () => {
  const run = { id: 7, title: '2025年度清算', due: 100 }

  it('keeps the run fields beside the statements', () => {
    const detail = settlementDetail({ ...run, hospitals: [{ institutionCode: 'H0001' }], rules: [{ rule: 'normal', cases: 3 }] })
    expect(detail.id).toBe(7)
    expect(detail.hospitals).toHaveLength(1)
    expect(detail.rules[0]?.cases).toBe(3)
  })

  it('takes a nested run and empty lists when they are missing', () => {
    const detail = settlementDetail({ run, hospitals: [] })
    expect(detail.title).toBe('2025年度清算')
    expect(detail.rules).toEqual([])
  })
})

describe('downloadFile', () => {
  // Node has no document: a link that records the name it saves under.
  function stubBrowser(response: Response) {
    const fetch = vi.fn(async (_path: string, _init?: RequestInit) => response)
    const saved: string[] = []
    vi.stubGlobal('fetch', fetch)
    vi.stubGlobal('document', {
      createElement: () => {
        const link = { href: '', download: '', click: () => saved.push(link.download), remove: () => {} }
        return link
      },
      body: { appendChild: () => {} },
    })
    return { fetch, saved }
  }
  const xlsx = (disposition?: string) =>
    new Response(new Blob(['PK']), { status: 200, headers: disposition ? { 'Content-Disposition': disposition } : {} })

  afterEach(() => vi.unstubAllGlobals())

  it('GETs by default, without a body, and saves under the server\'s name', async () => {
    const { fetch, saved } = stubBrowser(xlsx("attachment; filename*=UTF-8''%E7%BB%93%E7%AE%97-7.xlsx"))
    expect(await downloadFile('/api/v1/payment/settlements/7/export', 'fallback.xlsx')).toBe('结算-7.xlsx')
    const init = fetch.mock.calls[0]![1]!
    expect(init.method).toBe('GET')
    expect(init.body).toBeUndefined()
    expect(init.headers).not.toHaveProperty('Content-Type')
    expect(saved).toEqual(['结算-7.xlsx'])
  })

  it('POSTs a JSON body when asked, and falls back to the given name', async () => {
    const { fetch, saved } = stubBrowser(xlsx())
    const body = { from: '2025-01-01', to: '2025-12-31', changes: { budget: 1 } }
    expect(await downloadFile('/api/v1/payment/what-if/export', '政策模拟.xlsx', { method: 'POST', body })).toBe('政策模拟.xlsx')
    const init = fetch.mock.calls[0]![1]!
    expect(init.method).toBe('POST')
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' })
    expect(JSON.parse(String(init.body))).toEqual(body)
    expect(saved).toEqual(['政策模拟.xlsx'])
  })

  it('throws the problem of a refused download', async () => {
    const problem = { title: '输入有误', status: 400, errors: { 'changes.perDiemRates': ['bad'] } }
    stubBrowser(new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } }))
    const error = await downloadFile('/x', 'x.xlsx', { method: 'POST', body: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).problem?.errors).toEqual(problem.errors)
  })
})
