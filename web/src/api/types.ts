// Shapes of the TieredCare HTTP API (docs/api.md). Enumerations are the snake_case codes of
// docs/data-formats.md. Kept in one file so a client generated from /openapi/v1.json can replace it.

export type InstitutionType =
  | 'general_hospital'
  | 'tcm_hospital'
  | 'maternal_child_hospital'
  | 'specialty_hospital'
  | 'community_health_center'
  | 'township_health_center'
  | 'community_health_station'
  | 'village_clinic'
  | 'emergency_center'
  | 'cdc_center'
export type InstitutionLevel = 'unrated' | 'primary' | 'secondary' | 'tertiary'
export type InstitutionGrade = 'none' | 'a' | 'b' | 'c'
export type Ownership = 'public' | 'private'
export type CareTier = 'city' | 'county' | 'grassroots'
export type NetworkType =
  | 'county_medical_community'
  | 'city_medical_group'
  | 'specialty_alliance'
  | 'telemedicine_network'
export type StaffCategory = 'doctor' | 'nurse' | 'pharmacist' | 'technician' | 'manager' | 'other'
export type StaffTitle = 'senior' | 'associate_senior' | 'intermediate' | 'junior' | 'none'
export type SharedService = 'imaging' | 'laboratory' | 'ecg' | 'pathology' | 'sterilization'
export type DivisionLevel = 'province' | 'city' | 'county' | 'township' | 'village'
export type UserRole =
  | 'system_admin'
  | 'health_commission_analyst'
  | 'insurance_analyst'
  | 'network_manager'
  | 'institution_admin'
  | 'clinician'
  | 'referral_coordinator'
  | 'dispatcher'
  | 'auditor'
export type ScopeKind = 'region' | 'network' | 'institution'

export interface Me {
  userName: string
  displayName: string
  role: UserRole
  scopeKind: ScopeKind
  scopeCode: string
  scopeName: string
  /** Permission codes of the user's role (Permissions.cs), e.g. `patients.search`, `audit.read`. */
  permissions: string[]
}

export interface LoginRequest {
  userName: string
  password: string
}

/** RFC 9457 problem details, as every error of the API. */
export interface ProblemDetails {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: Record<string, string[]>
}

export interface KeyCount<TKey extends string> {
  key: TKey
  count: number
}

/** Active institutions and networks in the user's scope; population only for a region scope. */
export interface RegistrySummary {
  scopeName: string
  institutions: number
  openBeds: number
  staff: number
  doctors: number
  nurses: number
  population: number | null
  populationYear: number | null
  institutionsByType: KeyCount<InstitutionType>[]
  institutionsByTier: KeyCount<CareTier>[]
  networksByType: KeyCount<NetworkType>[]
}

export interface Region {
  code: string
  name: string
  level: DivisionLevel
  parentCode: string | null
  isUrban: boolean
  population: number | null
  populationYear: number | null
}

export interface Institution {
  code: string
  name: string
  type: InstitutionType
  level: InstitutionLevel
  grade: InstitutionGrade
  ownership: Ownership
  tier: CareTier
  regionCode: string
  regionName: string | null
  latitude: number | null
  longitude: number | null
  openBeds: number
  sharedServices: SharedService[]
  isActive: boolean
}

export interface StaffCount {
  category: StaffCategory
  title: StaffTitle
  count: number
}

export interface Department {
  code: string
  name: string
}

/** A network an institution belongs to. */
export interface Membership {
  code: string
  name: string
  type: NetworkType
  isLead: boolean
  joinedOn: string
  leftOn: string | null
}

export interface InstitutionDetail {
  institution: Institution
  staff: StaffCount[]
  departments: Department[]
  networks: Membership[]
}

/** One page of a list; the UI keeps the page number it asked for. */
export interface Page<T> {
  items: T[]
  total: number
  pageSize: number
}

export interface InstitutionQuery {
  region?: string
  type?: InstitutionType
  tier?: CareTier
  level?: InstitutionLevel
  ownership?: Ownership
  network?: string
  q?: string
  active?: boolean
  page?: number
  pageSize?: number
}

export interface Network {
  code: string
  name: string
  type: NetworkType
  leadInstitutionCode: string
  leadInstitutionName: string | null
  regionCode: string
  regionName: string | null
  startDate: string
  endDate: string | null
  isActive: boolean
  memberCount: number
}

export interface NetworkMember {
  institutionCode: string
  name: string
  type: InstitutionType
  tier: CareTier
  level: InstitutionLevel
  grade: InstitutionGrade
  latitude: number | null
  longitude: number | null
  joinedOn: string
  leftOn: string | null
  isLead: boolean
}

/** Members come lead first. */
export interface NetworkDetail {
  network: Network
  members: NetworkMember[]
}

/** The map pack: county polygons (and the city outline) keyed by division code. */
export interface RegionFeature {
  type: 'Feature'
  properties: { code: string; name: string; level: DivisionLevel }
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }
}

export interface RegionGeoJson {
  type: 'FeatureCollection'
  features: RegionFeature[]
}

/** GB/T 2261.1 sex codes, as snake_case names. */
export type Sex = 'unknown' | 'male' | 'female' | 'unspecified'

/** A patient as lists show them: ID number, name and phone masked by the server. */
export interface MaskedPatient {
  id: number
  residentId: string
  name: string
  sex: Sex
  birthDate: string
  residenceRegionCode: string | null
  phone: string
  /** Set when this record was merged into another (the survivor). */
  mergedIntoId: number | null
}

/** The whole record: only after a care relationship or a stated reason, and always audited. */
export interface PatientRecord {
  id: number
  residentId: string | null
  name: string
  sex: Sex
  birthDate: string
  residenceRegionCode: string | null
  phone: string | null
  address: string | null
  mergedIntoId: number | null
}

/** Body of POST /api/v1/patients; empty fields are sent as null. */
export interface RegisterPatientRequest {
  residentId: string | null
  name: string | null
  sex: Sex | null
  birthDate: string | null
  residenceRegionCode: string | null
  phone: string | null
  address: string | null
}

export type DuplicateReason = 'same_resident_id' | 'same_name_sex_birth_date' | 'same_name_birth_date_and_phone'

export interface DuplicatePair {
  reason: DuplicateReason
  first: MaskedPatient
  second: MaskedPatient
}

export interface MergeRequest {
  survivorId: number
  mergedId: number
  reason: string
}

export interface MergeResult {
  survivorId: number
  mergedId: number
  mergeId: number
  visitsMoved: number
  dischargesMoved: number
  referralsMoved: number
}

/** One line of the hash-chained audit log; newest first in lists. */
export interface AuditEntry {
  sequence: number
  at: string
  userName: string
  action: string
  entityType: string
  entityKey: string
  patientId: number | null
  reason: string | null
  hash: string
}

export interface AuditQuery {
  patientId?: number
  user?: string
  /** ISO 8601 timestamps with offset; `to` is exclusive. */
  from?: string
  to?: string
  page?: number
  pageSize?: number
}

export interface AuditVerification {
  isIntact: boolean
  entriesChecked: number
  firstBrokenSequence: number | null
  problem: string | null
}

// ---- M7: discharge abstracts (病案首页), quality control and DRG -------------------------------

/** A DRG table set the server holds (CHS-DRG 1.1, or a city's own version loaded from a folder). */
export interface DrgTableSet {
  name: string
  source: string
  mdcs: number
  adrgs: number
  drgs: number
  diagnosisCodes: number
  procedureCodes: number
  isDefault: boolean
}

export interface LoadTableSetRequest {
  name: string
  /** A folder on the server, in the table set format. */
  folder: string
}

export type QcSeverity = 'error' | 'warning'

/** One quality-control rule of the catalogue (GET /abstracts/qc-rules). */
export interface QcRule {
  rule: string
  severity: QcSeverity
  field: string
  category: string
  message: string
  messageEn: string
}

/** What a quality-control rule found on one abstract. */
export interface QcFinding {
  rule: string
  severity: QcSeverity
  field: string
  message: string
  messageEn: string
}

export type UploadOutcome = 'passed' | 'warnings' | 'failed' | 'rejected'

export interface UploadRowReport {
  /** 1-based data line of the file, header excluded. */
  row: number
  /** Null for a rejected row, which is not stored. */
  abstractId: number | null
  medicalRecordNo: string | null
  outcome: UploadOutcome
  findings: QcFinding[]
}

/** The answer to an upload; `rowReports` lists only rows with findings (at most 2,000). */
export interface UploadResult {
  batchId: number | string
  fileName: string
  rows: number
  stored: number
  replaced: number
  rejected: number
  qcPassed: number
  qcFailed: number
  qcWarnings: number
  tableSet: string | null
  grouped: number
  rowReports: UploadRowReport[]
  rowReportsTruncated: boolean
}

/** The form of POST /abstracts/uploads. */
export interface UploadRequest {
  file: File
  procedures?: File | null
  /** Required for an institution admin (their own institution). */
  institution?: string | null
  tableSet?: string | null
}

/** One of the latest uploads. */
export interface UploadBatch {
  batchId: number | string
  fileName: string
  institutionCode: string | null
  institutionName: string | null
  uploadedBy: string
  uploadedAt: string
  rows: number
  stored: number
  rejected: number
  qcPassed: number
  qcFailed: number
}

export interface QualityTopRule {
  rule: string
  severity: QcSeverity
  message: string
  count: number
  /** Fraction of the month's abstracts with this finding. */
  share: number
}

/**
 * The most frequent failing rule of an institution or department. docs/api.md names the field
 * without its shape: a rule code, or an object like a top rule; null without failures.
 */
export type TopRuleRef = string | { rule: string; message?: string; messageEn?: string; count?: number } | null

export interface QualityByInstitution {
  institutionCode: string
  institutionName: string | null
  records: number
  passed: number
  passRate: number | null
  topRule: TopRuleRef
}

export interface QualityByDepartment {
  institutionCode: string
  departmentCode: string
  departmentName: string | null
  records: number
  passed: number
  passRate: number | null
  topRule: TopRuleRef
}

/** The quality report of a month (yyyy-MM); `months` are the months with data. */
export interface QualityReport {
  month: string | null
  months: string[]
  institutionCode: string | null
  records: number
  passed: number
  failed: number
  withWarnings: number
  passRate: number | null
  topRules: QualityTopRule[]
  byInstitution: QualityByInstitution[]
  byDepartment: QualityByDepartment[]
}

export type QcFilter = 'all' | 'failed' | 'passed'

/** The grouping status words of the DRG engine. */
export type GroupingStatus = 'success' | 'ungroupable' | 'ambiguous_qy' | 'invalid'

export interface AbstractQuery {
  month?: string
  institution?: string
  department?: string
  qc?: QcFilter
  status?: GroupingStatus
  drg?: string
  tableSet?: string
  page?: number
  pageSize?: number
}

/** An abstract as lists show it: no names, no ID numbers. */
export interface AbstractListItem {
  id: number
  institutionCode: string
  institutionName: string | null
  medicalRecordNo: string
  departmentCode: string | null
  departmentName: string | null
  dischargeDate: string
  losDays: number
  principalDiagnosis: string
  principalDiagnosisName: string | null
  totalCost: number
  qcErrors: number
  qcWarnings: number
  drg: string | null
  drgName: string | null
  /** Null when the abstract is not grouped (failed quality control). */
  status: GroupingStatus | null
}

export interface CodeName {
  code: string
  name: string | null
}

export interface AbstractProcedure {
  sequence: number
  code: string
  name: string | null
  /** 1–4 for operations, null for other procedures. */
  surgeryLevel: number | null
  date: string | null
}

/** The ten first-level cost classes of the 病案首页 (元); surgery is part of treatment. */
export interface AbstractCosts {
  service: number
  diagnosis: number
  treatment: number
  surgery: number
  rehabilitation: number
  tcm: number
  westernDrug: number
  chineseDrug: number
  blood: number
  consumables: number
  other: number
  total: number
  selfPay: number
}

/**
 * The abstract's codes (sex, admission route, disposition, insurance type) as the server sends
 * them: the 病案首页 numbers, or the snake_case sex names of the patient index.
 */
export type AbstractCode = number | string | null

export interface DischargeAbstract {
  id: number
  institutionCode: string
  institutionName: string | null
  medicalRecordNo: string
  admissionCount: number
  sex: AbstractCode
  ageYears: number | null
  ageDays: number | null
  newbornWeightGrams: number | null
  admissionDate: string
  dischargeDate: string
  losDays: number
  admissionRoute: AbstractCode
  departmentCode: string | null
  departmentName: string | null
  disposition: AbstractCode
  receivingInstitution: string | null
  ventilationHours: number | null
  principalDiagnosis: CodeName
  otherDiagnoses: CodeName[]
  procedures: AbstractProcedure[]
  costs: AbstractCosts
  insuranceType: AbstractCode
}

export interface AbstractGrouping {
  tableSet: string
  mdc: string | null
  mdcName: string | null
  adrg: string | null
  drg: string | null
  drgName: string | null
  status: GroupingStatus
  reason: string | null
  /** The engine's steps, each "subject: message". */
  trace: string[]
}

/** An abstract in full (the view is audited); `grouping` is null when it failed quality control. */
export interface AbstractDetail {
  abstract: DischargeAbstract
  findings: QcFinding[]
  grouping: AbstractGrouping | null
}

export interface GroupingRunRequest {
  tableSet: string
  from: string
  to: string
  institution?: string
}

export interface GroupingRunResult {
  tableSet: string
  cases: number
  success: number
  ungroupable: number
  ambiguous: number
  invalid: number
  skippedQcFailed: number
  elapsedMs: number
}

export type WeightTrim = 'none' | 'iqr' | '3sigma-log'
export type RiskLevel = 'low' | 'medium_low' | 'medium_high' | 'high'

export interface DrgWeightRow {
  drg: string
  name: string | null
  cases: number
  casesUsed: number
  meanCost: number
  meanLos: number
  rw: number
  deaths: number
  mortality: number
  risk: RiskLevel
}

export interface DrgWeights {
  tableSet: string
  from: string
  to: string
  trim: WeightTrim
  cases: number
  overallMeanCost: number
  rows: DrgWeightRow[]
}

export type ProfileBy = 'hospital' | 'department'

export interface DrgPeriodQuery {
  tableSet?: string
  from?: string
  to?: string
  trim?: WeightTrim
}

export interface DrgProfileQuery extends DrgPeriodQuery {
  by?: ProfileBy
  institution?: string
  referenceFrom?: string
  referenceTo?: string
}

export interface DrgProfileRow {
  institutionCode: string
  institutionName: string | null
  departmentCode: string | null
  departmentName: string | null
  cases: number
  grouped: number
  ungroupable: number
  ambiguous: number
  invalid: number
  drgGroups: number
  totalWeight: number
  /** Null when there is nothing to compute it from. */
  cmi: number | null
  costIndex: number | null
  timeIndex: number | null
  lowRiskCases: number
  lowRiskDeaths: number
  lowRiskMortality: number | null
}

export interface DrgProfile {
  tableSet: string
  from: string
  to: string
  by: ProfileBy
  reference: { from: string; to: string; cases: number; overallMeanCost: number; drgs: number }
  rows: DrgProfileRow[]
  /** The same figures over every row; institutionCode "ALL". */
  total: DrgProfileRow
}

// ---- M8: insurance payment (医保支付) --------------------------------------------------------

/** The rule that settled a case (the engine's file words). */
export type SettlementRule =
  | 'normal'
  | 'high_outlier'
  | 'low_outlier'
  | 'incomplete_stay'
  | 'per_diem'
  | 'special_review'
  | 'fee_for_service_ungroupable'
  | 'fee_for_service_ambiguous'

/** One band of a network global budget: spending ÷ budget from `from` to `to` (null: no upper end). */
export interface BudgetBand {
  from: number
  to: number | null
  networkShare: number
  kind: 'surplus' | 'overspend'
}

/**
 * A payment policy file (src/Engines/TieredCare.Payment): every number is a parameter.
 * `weightReference`, `hospitalCoefficients` and `perDiem` may be left out.
 */
export interface PaymentPolicy {
  name: string
  version: string
  /** 元. */
  budget: number
  pointsPerRw: number
  weightReference?: string
  /** Institution code → difference coefficient k (default 1). */
  hospitalCoefficients?: Record<string, number>
  /** High-outlier multiple H by hospital level ("3" tertiary) and "default". */
  highOutlierMultiple: Record<string, number>
  lowOutlierRatio: number
  /** 离院方式 codes of an incomplete stay. */
  incompleteDispositions: number[]
  feeForServiceRate: number
  specialReviewMaxShare: number
  advanceRate: number
  perDiem?: { groups: Record<string, number> }
  globalBudget: { bands: BudgetBand[] }
}

/** `final` (年度清算, the default) or `advance` (月度预付, one calendar month). */
export type SettlementKind = 'final' | 'advance'

/** Body of POST /payment/settlements; left-out items take the reference policy's. */
export interface SettlementRequest {
  title?: string
  /** Left out: `final`. An advance's period is one calendar month (its 1st to its last day). */
  kind?: SettlementKind
  from: string
  to: string
  tableSet?: string
  policy?: PaymentPolicy
  /** 元; overrides the policy's budget. */
  budget?: number
}

/** A stored settlement run (list item); money in 元 to the fen, points to 4 places. */
export interface SettlementRun {
  id: number
  title: string
  /** `final`, `advance` (what-if runs are not stored). */
  kind: string
  /** `drg` (points) or `dip`. */
  method: string
  policyName: string
  policyVersion: string
  tableSet: string
  periodFrom: string
  periodTo: string
  /** SHA-256 (hex) of the run's inputs. */
  fingerprint: string
  cases: number
  budget: number
  points: number
  /** 元 per point. */
  pointValue: number
  feeForService: number
  due: number
  createdBy: string
  createdAt: string
}

/** A hospital's statement within a run. */
export interface HospitalStatement {
  institutionCode: string
  institutionName: string | null
  /** The level the high-outlier multiple used: 3 tertiary … 0 unrated, or the level word. */
  level: number | string | null
  cases: number
  points: number
  pointValue: number
  selfPay: number
  feeForService: number
  perDiem: number
  due: number
  advances: number
  balance: number
}

export interface RuleCount {
  rule: SettlementRule
  cases: number
}

export interface SettlementDetail extends SettlementRun {
  hospitals: HospitalStatement[]
  rules: RuleCount[]
}

/** One case's line in a run. */
export interface SettlementCaseLine {
  abstractId: number
  institutionCode: string
  drg: string
  rule: SettlementRule
  points: number
  amount: number
}

export interface SettlementCaseQuery {
  institution?: string
  rule?: SettlementRule
  page?: number
  pageSize?: number
}

export interface SettlementCasePage {
  items: SettlementCaseLine[]
  total: number
  pageNumber: number
  pageSize: number
}

/** One hospital's statement in one run (GET /payment/statements): newest run first. */
export interface StatementSummary {
  run: SettlementRun
  hospital: HospitalStatement
}

/** A month's advance within a hospital's statement. */
export interface StatementAdvance {
  /** yyyy-MM. */
  month: string
  points: number
  /** 元 per point of that month. */
  monthPointValue: number
  selfPay: number
  /** Rule 7's advance to the cent. */
  amount: number
  /** What was set off against the final settlement. */
  paid: number
  /** True when a monthly advance run (月度预付) paid it; false when rule 7 computed it. */
  recorded: boolean
}

/** One hospital's statement (结算单) in one run. */
export interface StatementDetail {
  run: SettlementRun
  hospital: HospitalStatement
  advances: StatementAdvance[]
  rules: RuleCount[]
}

/** Filters of a statement's case lines. */
export interface StatementCaseQuery {
  rule?: SettlementRule
  page?: number
  pageSize?: number
}

/** A line re-derived from the stored inputs, with the formula and its numbers. */
export interface SettlementCaseExplained extends SettlementCaseLine {
  /** Chinese; `explanationEn` is the same formula in English. */
  explanation: string
  explanationEn: string
  totalCost: number
  selfPay: number
}

export interface RerunDifference {
  institutionCode: string
  storedDue: number
  due: number
}

export interface RerunResult {
  sameInputs: boolean
  sameAmounts: boolean
  fingerprint: string
  storedFingerprint: string
  differences: RerunDifference[]
}

/** What a what-if changes in the base policy; left-out items stay as they are. */
export interface WhatIfChanges {
  budget?: number
  hospitalCoefficients?: Record<string, number>
  /** By hospital level ("3") and "default". */
  highOutlierMultiples?: Record<string, number>
  lowOutlierRatio?: number
  feeForServiceRate?: number
  /** Per-diem groups (a DRG or ADRG code prefix) and their rate per bed-day in 元. */
  perDiemRates?: Record<string, number>
}

export interface WhatIfRequest {
  from: string
  to: string
  tableSet?: string
  policy?: PaymentPolicy
  changes: WhatIfChanges
}

export interface WhatIfHospital {
  institutionCode: string
  institutionName: string | null
  dueBase: number
  dueChanged: number
  difference: number
  pointsBase: number
  pointsChanged: number
}

export interface WhatIfRuleChange {
  from: SettlementRule
  to: SettlementRule
  cases: number
}

export interface WhatIfResult {
  base: { pointValue: number; due: number }
  changed: { pointValue: number; due: number }
  hospitals: WhatIfHospital[]
  ruleChanges: WhatIfRuleChange[]
}

// ---- M8: fund supervision (基金监管) and network global budgets (总额预算) -------------------

/**
 * One finding of the supervision engine: `kind` is its word (`split_same_hospital`,
 * `split_other_hospital`, `upcoding_hospital`, `upcoding_case`, `long_stay`, `short_stay`,
 * `short_stay_high_cost`, `short_surgical_stay`; others may come), `kindName` its Chinese name.
 */
export interface SupervisionFinding {
  kind: string
  kindName: string
  /** 0–1: weight of the kind × strength. */
  score: number
  /** The abstracts it names (a split: the earlier stay, then the readmission). */
  caseIds: string[]
  evidence: string
  evidenceEn: string
  /** The numbers that decided it, as invariant strings, in key order. */
  facts: Record<string, string>
}

/** A case to review, ranked by score (1 − Π(1 − s) over its findings). */
export interface SupervisionCase {
  rank: number
  /** The abstract's id. */
  caseId: string
  institutionCode: string
  institutionName: string | null
  department: string | null
  drg: string
  totalCost: number
  score: number
  findings: SupervisionFinding[]
}

/** A hospital with flagged cases, ranked by score-weighted suspicious cases per 1,000. */
export interface SupervisionHospital {
  rank: number
  institutionCode: string
  institutionName: string | null
  cases: number
  flaggedCases: number
  flaggedCasesPer1000: number
  score: number
  /** 元: total cost of its flagged cases (the money under review, not an amount to recover). */
  suspiciousCost: number
  /** Hospital-level findings (up-coding of an ADRG). */
  findings: SupervisionFinding[]
}

export interface SupervisionReport {
  from: string
  to: string
  tableSet: string
  cases: number
  /** Finding kind word → number of findings. */
  findingsByKind: Record<string, number>
  hospitals: SupervisionHospital[]
  rankedCases: SupervisionCase[]
}

export interface SupervisionQuery {
  from: string
  to: string
  tableSet?: string
  /** How many ranked cases (1–5000, default 200). */
  top?: number
}

export type BudgetStanding = 'surplus' | 'balanced' | 'overspend'

/** One band of the band table with the part of the surplus or overspend in it. */
export interface BudgetBandResult {
  from: number
  to: number | null
  networkShare: number
  /** `surplus` or `overspend`. */
  kind: string
  /** 元 inside the band. */
  amount: number
  /** 元 the network keeps (surplus band) or bears (overspend band). */
  networkAmount: number
  explanation: string
}

/** The projected year-end position against the budget. */
export interface BudgetPosition {
  budget: number
  spending: number
  /** Spending ÷ budget, 4 places. */
  ratio: number
  standing: BudgetStanding | string
  surplus: number
  overspend: number
  networkKeeps: number
  networkBears: number
  bands: BudgetBandResult[]
}

/** A network's global budget for a year; `budget` and `projected` are null when none is set. */
export interface NetworkBudget {
  networkCode: string
  networkName: string
  regionCode: string
  year: number
  budget: number | null
  /** The day spending is known to (yyyy-MM-dd), inside the year. */
  asOf: string
  yearClosed: boolean
  spendingToDate: number
  projectedSpending: number
  projectionExplanation: string | null
  projected: BudgetPosition | null
}

export interface NetworkBudgetQuery {
  year?: number
  asOf?: string
}

/** Body of PUT /payment/budgets/{network}/{year}: 元, positive, at most 2 decimals. */
export interface SetBudgetRequest {
  amount: number
}

// ---- M8: the special-review queue (特例单议) ------------------------------------------------

/** A queued abstract: paid fee-for-service by the next settlement, within the policy's share. */
export interface SpecialReview {
  abstractId: number
  institutionCode: string
  /** Null when the abstract is not grouped. */
  drg: string | null
  /** 元. */
  totalCost: number | null
  /** yyyy-MM-dd. */
  dischargeDate: string
  reason: string
  requestedBy: string
  /** An instant (shown in Beijing time). */
  requestedAt: string
}

/** Body of POST /payment/special-reviews: the reason at least 4 characters (trimmed). */
export interface SpecialReviewRequest {
  abstractId: number
  reason: string
}

// M3 — two-way referral (双向转诊): the lifecycle (docs/api.md § M3).

export type ReferralDirection = 'up' | 'down' | 'lateral'
export type ReferralUrgency = 'routine' | 'urgent' | 'emergency'
export type ReferralStatus =
  | 'draft'
  | 'submitted'
  | 'accepted'
  | 'rejected'
  | 'scheduled'
  | 'arrived'
  | 'completed'
  | 'cancelled'
  | 'expired'
export type ReferralAction = 'submit' | 'cancel' | 'accept' | 'reject' | 'schedule' | 'arrive' | 'complete'
export type ReferralBox = 'incoming' | 'outgoing'

/** Body of POST /api/v1/referrals; empty optional fields are sent as null. */
export interface CreateReferralRequest {
  patientId: number | null
  direction: ReferralDirection
  toInstitution: string | null
  toDepartment: string | null
  fromDepartment: string | null
  diagnosisCode: string | null
  urgency: ReferralUrgency
  reason: string | null
  appropriatenessReason: string | null
  outsideNetworkReason: string | null
  followUpPlan: string | null
  isInpatient: boolean
  draft: boolean
  idempotencyKey: string
}

/** A referral in a list; the patient masked (`周**`). */
export interface ReferralSummary {
  id: number
  /** 转诊单号, ZZ and eight digits. */
  number: string
  direction: ReferralDirection
  urgency: ReferralUrgency
  status: ReferralStatus
  fromInstitutionCode: string
  fromInstitutionName: string | null
  toInstitutionCode: string
  toInstitutionName: string | null
  toDepartmentCode: string | null
  patientId: number | null
  patientName: string | null
  diagnosisCode: string
  belowCatalogueTier: boolean
  submittedAt: string
  acceptedAt: string | null
  arrivedAt: string | null
}

export interface ReferralTransition {
  from: ReferralStatus
  to: ReferralStatus
  /** `create`, or one of the actions (`submit`, `accept`, …, `expire`). */
  action: string
  by: string
  at: string
  detail: string | null
}

/** The receiver's answer when the referral is completed (回执). */
export interface ReferralFeedback {
  diagnosisCode: string
  dischargeSummary: string
  carePlan: string
}

export interface ReferralDetail {
  summary: ReferralSummary
  fromDepartmentCode: string | null
  reason: string | null
  catalogueVerdict: string | null
  appropriatenessReason: string | null
  outsideNetworkReason: string | null
  followUpPlan: string | null
  isInpatient: boolean
  bookingReference: string | null
  scheduledAt: string | null
  completedAt: string | null
  closedAt: string | null
  rejectReason: string | null
  cancelReason: string | null
  feedback: ReferralFeedback | null
  /** What the lifecycle allows next, whoever's side it is. */
  nextActions: ReferralAction[]
  transitions: ReferralTransition[]
}

export interface ReferralQuery {
  box: ReferralBox
  institution?: string
  status?: ReferralStatus
  direction?: ReferralDirection
  page?: number
  pageSize?: number
}

/** Body of an action: the fields the action needs (reason, bookingReference, the feedback). */
export interface ReferralActionRequest {
  reason?: string
  bookingReference?: string
  diagnosisCode?: string
  dischargeSummary?: string
  carePlan?: string
}

/** The body of a 409: the action does not fit the referral's current state. */
export interface ReferralConflict {
  currentState: ReferralStatus
  action: string
  message: string
  messageEn: string
}

export type ReminderKind = 'accept_due_soon' | 'accept_overdue' | 'arrival_due_soon' | 'arrival_overdue'

export interface ReferralReminder {
  referralId: number
  number: string
  status: ReferralStatus
  urgency: ReferralUrgency
  side: 'sender' | 'receiver'
  kind: ReminderKind
  deadline: string
  message: string
  messageEn: string
}

// M3 — disease catalogues (县乡村三级疾病诊疗目录) and the referral register (docs/api.md § M3 … catalogues).

/** The catalogue's tiers, lowest first. */
export type CatalogueTier = 'village' | 'township' | 'county' | 'city'
export type CatalogueVerdict = 'appropriate' | 'up_below_threshold' | 'below_lowest_tier' | 'direction_mismatch' | 'not_in_catalogue'

export interface CatalogueCheckEntry {
  pattern: string
  name: string
  lowestTier: CatalogueTier
  upCriteria: string
  downCriteria: string
}

/** GET /referrals/catalogue-check: the planned referral judged by the sender's network's latest catalogue. */
export interface CatalogueCheck {
  catalogue: { id: number; network: string; version: string }
  fromTier: CatalogueTier
  toTier: CatalogueTier
  verdict: CatalogueVerdict | string
  needsReason: boolean
  entry: CatalogueCheckEntry | null
  explanation: string
  explanationEn: string
}

export interface CatalogueCheckQuery {
  from: string
  to: string
  code: string
  direction: ReferralDirection
}

/** One loaded version of a network's catalogue. */
export interface CatalogueVersion {
  id: number
  network: string
  version: string
  name: string
  loadedBy: string
  loadedAt: string
  entryCount: number
}

export interface CatalogueEntry extends CatalogueCheckEntry {
  line: number
}

export interface CatalogueUpload {
  file: File
  network: string
  version: string
  name?: string
}

export interface CatalogueRejectedRow {
  line: number
  field: string
  reason: string
  reasonEn: string
}

/** 201 of POST /referrals/catalogues: the good rows stored, each bad field reported. */
export interface CatalogueLoadResult {
  catalogue: CatalogueVersion
  stored: number
  rejected: CatalogueRejectedRow[]
}

export interface RegisterQuery {
  /** yyyy-MM, China time. */
  month: string
  network?: string
  institution?: string
}

export interface RegisterInstitutionRow {
  institutionCode: string
  institutionName: string | null
  sentUp: number
  sentDown: number
  sentLateral: number
  receivedUp: number
  receivedDown: number
  receivedLateral: number
}

export interface RegisterDepartmentRow {
  institutionCode: string
  institutionName: string | null
  departmentCode: string | null
  departmentName: string | null
  referrals: number
  up: number
  down: number
  lateral: number
}

export interface RegisterWait {
  referrals: number
  meanHours: number | null
  medianHours: number | null
}

/** The monthly two-way referral register (双向转诊登记). */
export interface ReferralRegister {
  month: string
  timeZone: string
  network: string | null
  institution: string | null
  total: number
  byDirection: { up: number; down: number; lateral: number }
  byStatus: { status: ReferralStatus; count: number }[]
  institutions: RegisterInstitutionRow[]
  departments: RegisterDepartmentRow[]
  rejections: { reason: string | null; count: number }[]
  acceptedWithin: RegisterWait
  arrivedWithin: RegisterWait
  downReferredInpatients: number
  emergency: number
}

/** A bookable slot (M4): outpatient by doctor, exam by device, bed by ward. */
export interface BookingSlot {
  id: number
  institutionCode: string
  departmentCode: string | null
  kind: 'outpatient' | 'exam' | 'bed'
  resource: string | null
  startsAt: string
  endsAt: string
  reserved: boolean
  releaseAt: string | null
  booked: boolean
  freeForPublic: boolean
  freeForReferral: boolean
}

export interface BookingSlotQuery {
  institution: string
  department?: string
  from?: string
  to?: string
  free?: boolean
  forReferral?: boolean
  pageSize?: number
}

/** A booking; `number` is the 预约号 the patient is given. */
export interface Booking {
  id: number
  number: string
  slotId: number
  patientId: number
  referralId: number | null
  status: 'booked' | 'checked_in' | 'cancelled' | 'no_show'
  bookedBy: string
  bookedAt: string
}

export interface BookRequest {
  slotId: number
  patientId: number
  referralId?: number
  idempotencyKey: string
}
