import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'

export const locales = ['zh-CN', 'en'] as const
export type Locale = (typeof locales)[number]

/** Each language is offered in its own name, whatever the current language is. */
export const localeNames: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' }

const storageKey = 'tieredcare.locale'

function storedLocale(): Locale {
  const saved = localStorage.getItem(storageKey)
  return (locales as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  localStorage.setItem(storageKey, locale)
}
