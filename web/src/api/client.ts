// The one place that knows the API's URLs. Replaceable by a client generated from /openapi/v1.json.
import type {
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
  Network,
  NetworkDetail,
  NetworkType,
  Page,
  PatientRecord,
  ProblemDetails,
  QcRule,
  QualityReport,
  Region,
  RegionGeoJson,
  RegisterPatientRequest,
  RegistrySummary,
  UploadBatch,
  UploadRequest,
  UploadResult,
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
  return (await response.json()) as T
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
}

/** The multipart form of an abstracts upload: empty parts are left out. */
export function uploadForm(upload: UploadRequest): FormData {
  const form = new FormData()
  form.append('file', upload.file, upload.file.name)
  if (upload.procedures) form.append('procedures', upload.procedures, upload.procedures.name)
  if (upload.institution) form.append('institution', upload.institution)
  return form
}
