import type {
  CareTier,
  InstitutionLevel,
  InstitutionType,
  NetworkType,
  Ownership,
  StaffCategory,
  StaffTitle,
} from '@/api/types'

// The enumeration codes of docs/data-formats.md, in the order the UI lists them.

export const institutionTypes: InstitutionType[] = [
  'general_hospital',
  'tcm_hospital',
  'maternal_child_hospital',
  'specialty_hospital',
  'community_health_center',
  'township_health_center',
  'community_health_station',
  'village_clinic',
  'emergency_center',
  'cdc_center',
]
export const hospitalTypes: InstitutionType[] = institutionTypes.slice(0, 4)
export const tiers: CareTier[] = ['city', 'county', 'grassroots']
export const levels: InstitutionLevel[] = ['tertiary', 'secondary', 'primary', 'unrated']
export const ownerships: Ownership[] = ['public', 'private']
export const networkTypes: NetworkType[] = [
  'county_medical_community',
  'city_medical_group',
  'specialty_alliance',
  'telemedicine_network',
]
export const staffCategories: StaffCategory[] = ['doctor', 'nurse', 'pharmacist', 'technician', 'manager', 'other']
export const staffTitles: StaffTitle[] = ['senior', 'associate_senior', 'intermediate', 'junior', 'none']
