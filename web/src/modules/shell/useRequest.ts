import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { ApiError } from '@/api/client'
import { errorMessage } from './errors'

/**
 * Runs an API call for a screen: keeps its result, a loading flag and the error message, and
 * ignores answers that arrive after a newer call (a filter changed while a page was loading).
 */
export function useRequest<T, A extends unknown[]>(call: (...args: A) => Promise<T>) {
  const { t } = useI18n()
  const data = shallowRef<T | null>(null)
  const loading = ref(false)
  const error = ref('')
  let latest = 0

  async function run(...args: A): Promise<void> {
    const ticket = ++latest
    loading.value = true
    error.value = ''
    try {
      const result = await call(...args)
      if (ticket === latest) data.value = result
    } catch (e) {
      if (ticket !== latest) return
      error.value = errorMessage(e, t)
      // An ended session already sends the user to the sign-in page.
      if (!(e instanceof ApiError && e.status === 401)) ElMessage.error(error.value)
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  return { data, loading, error, run }
}
