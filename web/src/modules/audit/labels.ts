import { useI18n } from 'vue-i18n'

type Translate = (key: string, named?: Record<string, unknown>) => string
type HasTranslation = (key: string) => boolean

/** view-break-glass → viewBreakGlass, the key under `enums.auditAction`. */
function messageKey(code: string): string {
  return code.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/**
 * Names of audit actions and objects in the current language. The log is open-ended (new
 * modules add actions), so an unknown code is shown as it is rather than hidden.
 */
export function auditLabels(t: Translate, te: HasTranslation) {
  const named = (group: string, code: string) => {
    const key = `enums.${group}.${messageKey(code)}`
    return te(key) ? t(key) : code
  }
  return {
    action: (code: string) => named('auditAction', code),
    entity: (code: string) => named('auditEntity', code),
    /** Element Plus tag colour: break-glass views and merges stand out. */
    actionTone: (code: string): 'danger' | 'warning' | 'success' | 'info' | 'primary' => {
      if (code === 'view-break-glass') return 'danger'
      if (code === 'merge') return 'warning'
      if (code === 'create' || code === 'import') return 'success'
      if (code === 'view') return 'primary'
      return 'info'
    },
  }
}

export function useAuditLabels() {
  const { t, te } = useI18n()
  return auditLabels(t, (key) => te(key))
}
