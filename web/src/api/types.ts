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
