// The one place that knows the API's URLs. Replaceable by a client generated from /openapi/v1.json.
import type {
  Booking,
  BookingSlot,
  BookingSlotQuery,
  BookRequest,
  AbstractDetail,
  AbstractListItem,
  AbstractQuery,
  AuditEntry,
  AuditQuery,
  AuditVerification,
  DivisionLevel,
  DrgPeriodQuery,
  DrgProfile,
  DrgProfileQuery,
  DrgTableSet,
  DrgWeights,
  DuplicatePair,
  GroupingRunRequest,
  GroupingRunResult,
  Institution,
  InstitutionDetail,
  InstitutionQuery,
  LoadTableSetRequest,
  LoginRequest,
  MaskedPatient,
  Me,
  MergeRequest,
  MergeResult,
  NetworkBudget,
  NetworkBudgetQuery,
  Network,
  NetworkDetail,
  NetworkType,
  Page,
  PatientRecord,
  ProblemDetails,
  QcRule,
  CatalogueCheck,
  CatalogueCheckQuery,
  CatalogueEntry,
  CatalogueLoadResult,
  CatalogueUpload,
  CatalogueVersion,
  CreateReferralRequest,
  ReferralAction,
  ReferralActionRequest,
  ReferralDetail,
  ReferralQuery,
  ReferralRegister,
  ReferralReminder,
  ReferralSummary,
  QualityReport,
  Region,
  RegionGeoJson,
  RegisterQuery,
  RegisterPatientRequest,
  RegistrySummary,
  RerunResult,
  SettlementCaseExplained,
  SettlementCasePage,
  SettlementCaseQuery,
  SettlementDetail,
  SettlementRequest,
  SettlementRun,
  PaymentPolicy,
  StatementCaseQuery,
  StatementDetail,
  StatementSummary,
  SetBudgetRequest,
  SpecialReview,
  SpecialReviewRequest,
  SupervisionQuery,
  SupervisionReport,
  UploadBatch,
  UploadRequest,
  UploadResult,
  WhatIfRequest,
  WhatIfResult,
} from './types'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | null,
  ) {
    super(problem?.detail || problem?.title || `HTTP ${status}`)
    this.name = 'ApiError'
  }
}

type QueryValue = string | number | boolean | null | undefined

interface RequestOptions {
  query?: Record<string, QueryValue>
  body?: unknown
  /** A multipart body (file uploads); the browser sets its Content-Type with the boundary. */
  form?: FormData
  /** False for the sign-in calls themselves, whose 401 is an answer, not an expired session. */
  redirectOnUnauthorized?: boolean
}

let unauthorizedHandler: () => void = () => {}

/** Called when a signed-in call answers 401 (the session ended). */
export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler
}

export function toQueryString(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const json = options.body !== undefined
  const response = await fetch(path + toQueryString(options.query), {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      ...(json ? { 'Content-Type': 'application/json' } : {}),
    },
    body: json ? JSON.stringify(options.body) : options.form,
  })
  if (response.status === 401 && options.redirectOnUnauthorized !== false) unauthorizedHandler()
  if (!response.ok) throw new ApiError(response.status, await readProblem(response))
  if (response.status === 204) return undefined as T
  // A 201 Created (POST /payment/special-reviews) may come without a body.
  const body = await response.text()
  return (body ? JSON.parse(body) : undefined) as T
}

async function readProblem(response: Response): Promise<ProblemDetails | null> {
  try {
    return (await response.json()) as ProblemDetails
  } catch {
    return null
  }
}

const v1 = '/api/v1'

export const api = {
  login: (body: LoginRequest) =>
    request<Me>('POST', `${v1}/auth/login`, { body, redirectOnUnauthorized: false }),
  logout: () => request<void>('POST', `${v1}/auth/logout`, { redirectOnUnauthorized: false }),
  me: () => request<Me>('GET', `${v1}/auth/me`, { redirectOnUnauthorized: false }),

  registrySummary: () => request<RegistrySummary>('GET', `${v1}/registry/summary`),
  regions: (query: { parent?: string; maxLevel?: DivisionLevel } = {}) =>
    request<Region[]>('GET', `${v1}/regions`, { query }),
  institutions: (query: InstitutionQuery = {}) =>
    request<Page<Institution>>('GET', `${v1}/institutions`, { query: { ...query } }),
  institution: (code: string) =>
    request<InstitutionDetail>('GET', `${v1}/institutions/${encodeURIComponent(code)}`),
  networks: (query: { type?: NetworkType; region?: string } = {}) =>
    request<Network[]>('GET', `${v1}/networks`, { query }),
  network: (code: string) =>
    request<NetworkDetail>('GET', `${v1}/networks/${encodeURIComponent(code)}`),
  regionMap: () => request<RegionGeoJson>('GET', `${v1}/map/regions.geojson`),

  /** Masked list; the search itself is audited. `q` needs at least 2 characters. */
  searchPatients: (query: { q: string; page?: number; pageSize?: number }) =>
    request<Page<MaskedPatient>>('GET', `${v1}/patients`, { query }),
  /** The whole record, audited; without a care relationship the server asks for a reason (400, errors.reason). */
  patient: (id: number, reason?: string) =>
    request<PatientRecord>('GET', `${v1}/patients/${encodeURIComponent(id)}`, { query: { reason } }),
  registerPatient: (body: RegisterPatientRequest) => request<PatientRecord>('POST', `${v1}/patients`, { body }),
  duplicatePatients: (query: { region?: string } = {}) =>
    request<DuplicatePair[]>('GET', `${v1}/patients/duplicates`, { query }),
  mergePatients: (body: MergeRequest) => request<MergeResult>('POST', `${v1}/patients/merge`, { body }),

  /**
   * 201 with the referral, submitted unless `draft`; the same `idempotencyKey` again answers 200 with the
   * first one. 400 naming every bad field at once (camelCase: `patientId`, `toInstitution`, …).
   */
  createReferral: (body: CreateReferralRequest) => request<ReferralDetail>('POST', `${v1}/referrals`, { body }),
  /** An institution's incoming (转入) or outgoing (转出) referrals, newest submission first; patients masked. */
  referrals: (query: ReferralQuery) => request<Page<ReferralSummary>>('GET', `${v1}/referrals`, { query: { ...query } }),
  /** Slots of an institution (M4); `free` and `forReferral` keep those a referral may book now. */
  bookingSlots: (query: BookingSlotQuery) => request<Page<BookingSlot>>('GET', `${v1}/booking/slots`, { query: { ...query } }),
  /** 201 with the booking; the same idempotency key again answers 200 with it; 409 {code, detail} when the slot is taken or not open to the referral. */
  book: (body: BookRequest) => request<Booking>('POST', `${v1}/booking/bookings`, { body }),
  /** One referral with its history and the actions open to it. */
  referral: (id: number) => request<ReferralDetail>('GET', `${v1}/referrals/${encodeURIComponent(id)}`),
  /** 200 with the referral; 400 naming a missing field; 409 {currentState, action, message, messageEn}; 403 not your side. */
  referralAction: (id: number, action: ReferralAction, body: ReferralActionRequest = {}) =>
    request<ReferralDetail>('POST', `${v1}/referrals/${encodeURIComponent(id)}/${action}`, { body }),
  /** The user's institution's open referrals near or past a time limit. */
  referralReminders: () => request<ReferralReminder[]>('GET', `${v1}/referrals/reminders`),
  /** The planned referral judged by the sender's network's latest catalogue; 404 when no network of `from` has one. */
  catalogueCheck: (query: CatalogueCheckQuery) =>
    request<CatalogueCheck>('GET', `${v1}/referrals/catalogue-check`, { query: { ...query } }),
  /** Catalogue versions of the networks in scope (or of one), newest first. */
  catalogues: (network?: string) => request<CatalogueVersion[]>('GET', `${v1}/referrals/catalogues`, { query: { network } }),
  catalogueEntries: (id: number, query: { q?: string; page?: number; pageSize?: number } = {}) =>
    request<Page<CatalogueEntry>>('GET', `${v1}/referrals/catalogues/${encodeURIComponent(id)}/entries`, { query }),
  /** Multipart: 201 with the rows stored and rejected; 400 naming network/version/file; 409 when the version exists. */
  loadCatalogue: (upload: CatalogueUpload) =>
    request<CatalogueLoadResult>('POST', `${v1}/referrals/catalogues`, { form: catalogueForm(upload) }),
  /** The monthly register (双向转诊登记); 400 naming month/network/institution, 403 outside the scope. */
  referralRegister: (query: RegisterQuery) =>
    request<ReferralRegister>('GET', `${v1}/referrals/register`, { query: { ...query } }),
  /** The register as .xlsx, saved by the browser; resolves with the file name. */
  exportReferralRegister: (query: RegisterQuery) =>
    downloadFile(`${v1}/referrals/register/export${toQueryString({ ...query })}`, `双向转诊登记-${query.month}.xlsx`),

  auditLog: (query: AuditQuery = {}) => request<Page<AuditEntry>>('GET', `${v1}/audit`, { query: { ...query } }),
  verifyAudit: () => request<AuditVerification>('GET', `${v1}/audit/verify`),

  drgTableSets: () => request<DrgTableSet[]>('GET', `${v1}/drg/table-sets`),
  /** 400 with `errors.folder` (file, line, reason) when the folder is refused; 409 when the name is taken. */
  loadDrgTableSet: (body: LoadTableSetRequest) => request<DrgTableSet>('POST', `${v1}/drg/table-sets`, { body }),
  qcRules: () => request<QcRule[]>('GET', `${v1}/abstracts/qc-rules`),
  /** Multipart: `file`, optional `procedures` and `institution`; 400 with `errors.file` when unreadable. */
  uploadAbstracts: (upload: UploadRequest) =>
    request<UploadResult>('POST', `${v1}/abstracts/uploads`, {
      query: { tableSet: upload.tableSet },
      form: uploadForm(upload),
    }),
  abstractUploads: (query: { institution?: string } = {}) =>
    request<UploadBatch[]>('GET', `${v1}/abstracts/uploads`, { query }),
  abstractQuality: (query: { month?: string; institution?: string } = {}) =>
    request<QualityReport>('GET', `${v1}/abstracts/quality`, { query }),
  abstracts: (query: AbstractQuery = {}) =>
    request<Page<AbstractListItem>>('GET', `${v1}/abstracts`, { query: { ...query } }),
  /** The abstract in full; the view is audited. */
  abstract: (id: number, tableSet?: string) =>
    request<AbstractDetail>('GET', `${v1}/abstracts/${encodeURIComponent(id)}`, { query: { tableSet } }),
  runDrgGrouping: (body: GroupingRunRequest) => request<GroupingRunResult>('POST', `${v1}/drg/groupings`, { body }),
  drgWeights: (query: DrgPeriodQuery = {}) => request<DrgWeights>('GET', `${v1}/drg/weights`, { query: { ...query } }),
  drgProfile: (query: DrgProfileQuery = {}) => request<DrgProfile>('GET', `${v1}/drg/profile`, { query: { ...query } }),

  referencePolicy: () => request<PaymentPolicy>('GET', `${v1}/payment/policies/reference`),
  /**
   * Runs and stores a settlement: 201 with the run and its statements (`{run, hospitals, rules}`, read
   * as the detail is); 400 naming the item (bad policy, no cases, zero points).
   */
  settle: async (body: SettlementRequest): Promise<SettlementRun> =>
    settlementDetail(await request<unknown>('POST', `${v1}/payment/settlements`, { body })),
  /** Newest first. */
  settlements: () => request<SettlementRun[]>('GET', `${v1}/payment/settlements`),
  settlement: async (id: number) =>
    settlementDetail(await request<unknown>('GET', `${v1}/payment/settlements/${encodeURIComponent(id)}`)),
  settlementCases: (id: number, query: SettlementCaseQuery = {}) =>
    request<SettlementCasePage>('GET', `${v1}/payment/settlements/${encodeURIComponent(id)}/cases`, { query: { ...query } }),
  /** One line re-derived from the stored inputs, with the formula and its numbers. */
  settlementCase: (id: number, abstractId: number) =>
    request<SettlementCaseExplained>(
      'GET',
      `${v1}/payment/settlements/${encodeURIComponent(id)}/cases/${encodeURIComponent(abstractId)}`,
    ),
  rerunSettlement: (id: number) => request<RerunResult>('POST', `${v1}/payment/settlements/${encodeURIComponent(id)}/rerun`),
  /** The hospital statements as .xlsx, saved by the browser; answers the file name used. */
  exportSettlement: (id: number) =>
    downloadFile(`${v1}/payment/settlements/${encodeURIComponent(id)}/export`, `结算-${id}.xlsx`),
  /** The hospital statements in the user's scope, or of one institution (403 outside it), newest run first. */
  statements: (institution?: string) =>
    request<StatementSummary[]>('GET', `${v1}/payment/statements`, { query: { institution } }),
  /** One hospital's statement (结算单): the line, its monthly advances and rules; 403 outside the scope, 404 without a line. */
  statement: (id: number, institution: string) =>
    request<StatementDetail>('GET', `${v1}/payment/settlements/${encodeURIComponent(id)}/statements/${encodeURIComponent(institution)}`),
  statementCases: (id: number, institution: string, query: StatementCaseQuery = {}) =>
    request<SettlementCasePage>(
      'GET',
      `${v1}/payment/settlements/${encodeURIComponent(id)}/statements/${encodeURIComponent(institution)}/cases`,
      { query: { ...query } },
    ),
  /** The statement as .xlsx (sheets 结算单, 月度预付, 病例明细); resolves with the file name. */
  exportStatement: (id: number, institution: string) =>
    downloadFile(
      `${v1}/payment/settlements/${encodeURIComponent(id)}/statements/${encodeURIComponent(institution)}/export`,
      `结算单-${id}-${institution}.xlsx`,
    ),
  /** Not stored: the base policy and the changed one, hospital by hospital. */
  whatIf: (body: WhatIfRequest) => request<WhatIfResult>('POST', `${v1}/payment/what-if`, { body }),
  /** The same what-if as .xlsx (hospitals, parameters, rule changes), saved by the browser; answers the file name used. */
  exportWhatIf: (body: WhatIfRequest) =>
    downloadFile(`${v1}/payment/what-if/export`, `政策模拟-${body.from}-${body.to}.xlsx`, { method: 'POST', body }),
  /** Cases and hospitals ranked for review; 400 naming `from`, `top` or `table_set`. */
  supervision: (query: SupervisionQuery) =>
    request<SupervisionReport>('GET', `${v1}/payment/supervision`, { query: { ...query } }),
  /** The networks the user may see (a network manager: their own), with the year's position. */
  networkBudgets: (query: NetworkBudgetQuery = {}) =>
    request<NetworkBudget[]>('GET', `${v1}/payment/budgets`, { query: { ...query } }),
  /** 204; 400 with `errors.amount` or `errors.year`, 404 for an unknown network. */
  setNetworkBudget: (network: string, year: number, body: SetBudgetRequest) =>
    request<void>('PUT', `${v1}/payment/budgets/${encodeURIComponent(network)}/${encodeURIComponent(year)}`, { body }),
  /** The special-review queue (特例单议), newest first. */
  specialReviews: () => request<SpecialReview[]>('GET', `${v1}/payment/special-reviews`),
  /** 201; 400 with `errors.abstractId` / `errors.reason`, 404 for an unknown abstract, 409 when already queued. */
  addSpecialReview: (body: SpecialReviewRequest) => request<void>('POST', `${v1}/payment/special-reviews`, { body }),
  /** 204; 404 when the abstract is not in the queue. */
  removeSpecialReview: (abstractId: number) =>
    request<void>('DELETE', `${v1}/payment/special-reviews/${encodeURIComponent(abstractId)}`),
}

/**
 * A settlement with its statements: the run's fields with `hospitals` and `rules` beside them, or
 * (should the server nest it) `{run, hospitals, rules}`; missing lists are empty.
 */
export function settlementDetail(raw: unknown): SettlementDetail {
  const body = (raw ?? {}) as Record<string, unknown>
  const run = body.run && typeof body.run === 'object' ? (body.run as Record<string, unknown>) : body
  return {
    ...(run as unknown as SettlementRun),
    hospitals: Array.isArray(body.hospitals) ? body.hospitals : [],
    rules: Array.isArray(body.rules) ? body.rules : [],
  } as SettlementDetail
}

/**
 * The file name of a Content-Disposition header: `filename*` (RFC 5987, UTF-8 percent-encoded)
 * before `filename`; folders are cut off. Null when the header names none.
 */
export function fileNameFromContentDisposition(header: string | null | undefined): string | null {
  if (!header) return null
  const clean = (name: string) => {
    const base = name.split(/[\\/]/).pop()?.trim() ?? ''
    return base && base !== '.' && base !== '..' ? base : null
  }
  const extended = /filename\*\s*=\s*([^';\s]*)'[^']*'([^;\s]+)/i.exec(header)
  if (extended) {
    try {
      const charset = extended[1]!.toLowerCase()
      const encoded = extended[2]!
      const value =
        charset === 'utf-8' || charset === ''
          ? decodeURIComponent(encoded)
          : encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      const name = clean(value.replace(/^"|"$/g, ''))
      if (name) return name
    } catch {
      // A malformed encoding: try the plain name.
    }
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)
  if (quoted) return clean(quoted[1]!.replace(/\\(.)/g, '$1'))
  const token = /(?:^|;)\s*filename\s*=\s*([^;]+)/i.exec(header)
  return token ? clean(token[1]!) : null
}

/** How {@link downloadFile} asks for the file: a GET (the default), or a POST with a JSON body. */
export interface DownloadOptions {
  method?: 'GET' | 'POST'
  /** Sent as JSON; only with POST. */
  body?: unknown
}

/**
 * Fetches a file with the session cookie and has the browser save it, under the name the server
 * gives (Content-Disposition) or the fallback. A POST sends `body` as JSON (an export of what a
 * form describes). Errors as {@link request}'s.
 */
export async function downloadFile(path: string, fallbackName: string, options: DownloadOptions = {}): Promise<string> {
  const json = options.method === 'POST' && options.body !== undefined
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers: {
      Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/octet-stream, */*',
      ...(json ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(json ? { body: JSON.stringify(options.body) } : {}),
  })
  if (response.status === 401) unauthorizedHandler()
  if (!response.ok) throw new ApiError(response.status, await readProblem(response))
  const blob = await response.blob()
  const name = fileNameFromContentDisposition(response.headers.get('Content-Disposition')) ?? fallbackName
  saveBlob(blob, name)
  return name
}

/** Saves a Blob as a file from the browser. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** The multipart form of an abstracts upload: empty parts are left out. */
export function uploadForm(upload: UploadRequest): FormData {
  const form = new FormData()
  form.append('file', upload.file, upload.file.name)
  if (upload.procedures) form.append('procedures', upload.procedures, upload.procedures.name)
  if (upload.institution) form.append('institution', upload.institution)
  return form
}

/** The multipart form of a catalogue upload: file, network, version, and the name when given. */
export function catalogueForm(upload: CatalogueUpload): FormData {
  const form = new FormData()
  form.append('file', upload.file, upload.file.name)
  form.append('network', upload.network)
  form.append('version', upload.version)
  if (upload.name?.trim()) form.append('name', upload.name.trim())
  return form
}
