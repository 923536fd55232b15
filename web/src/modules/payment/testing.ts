// Translation functions over the Chinese messages, for the tests of pure label functions.
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'

function lookup(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
}

export function translator(language: 'zh-CN' | 'en' = 'zh-CN') {
  const messages = language === 'en' ? en : zhCN
  const t = (key: string, named?: Record<string, unknown>) => {
    const text = lookup(messages, key)
    if (typeof text !== 'string') return key
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(named?.[name] ?? ''))
  }
  const te = (key: string) => typeof lookup(messages, key) === 'string'
  return { t, te }
}
