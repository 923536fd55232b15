import { useI18n } from 'vue-i18n'
import type {
  CareTier,
  InstitutionGrade,
  InstitutionLevel,
  InstitutionType,
  NetworkType,
  Ownership,
  SharedService,
  StaffCategory,
  StaffTitle,
} from '@/api/types'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** Names of the registry's enumeration codes in the current language. */
export function registryLabels(t: Translate) {
  const level = (code: InstitutionLevel) => t(`enums.level.${code}`)
  return {
    institutionType: (code: InstitutionType) => t(`enums.institutionType.${code}`),
    tier: (code: CareTier) => t(`enums.tier.${code}`),
    ownership: (code: Ownership) => t(`enums.ownership.${code}`),
    networkType: (code: NetworkType) => t(`enums.networkType.${code}`),
    staffCategory: (code: StaffCategory) => t(`enums.staffCategory.${code}`),
    staffTitle: (code: StaffTitle) => t(`enums.staffTitle.${code}`),
    sharedService: (code: SharedService) => t(`enums.sharedService.${code}`),
    level,
    /** 三级甲等, 二级, 未定级. */
    levelGrade: (levelCode: InstitutionLevel, grade: InstitutionGrade) =>
      levelCode === 'unrated' || grade === 'none'
        ? level(levelCode)
        : t('enums.levelGrade', { level: level(levelCode), grade: t(`enums.grade.${grade}`) }),
  }
}

export type RegistryLabels = ReturnType<typeof registryLabels>

export function useRegistryLabels(): RegistryLabels {
  const { t } = useI18n()
  return registryLabels(t)
}
