import { ref } from 'vue'
import { api } from '@/api/client'
import type { LoginRequest, Me } from '@/api/types'

/** The signed-in user, or null before sign-in and after sign-out. */
export const currentUser = ref<Me | null>(null)

export async function loadCurrentUser(): Promise<Me> {
  currentUser.value = await api.me()
  return currentUser.value
}

export async function signIn(credentials: LoginRequest): Promise<Me> {
  currentUser.value = await api.login(credentials)
  return currentUser.value
}

export async function signOut(): Promise<void> {
  try {
    await api.logout()
  } finally {
    currentUser.value = null
  }
}
